/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Injector;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.model.Model;
import se.samverka.model.labels.ElementReferences;
import se.samverka.model.nls.Language;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;
import se.samverka.validation.Rule.Severity;
import se.samverka.validation.Rule;

/**
 * Every rule of the catalogue, shown firing and not firing: base-model.samverkan breaks no rule;
 * each case changes that model in one place and expects its rule to mark the named element.
 */
class RuleCatalogueTest {
	private static Injector injector;
	private static String base;

	@BeforeAll
	static void setUp() throws IOException {
		Language.use(Language.SWEDISH);
		injector = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration();
		try (InputStream in = RuleCatalogueTest.class.getResourceAsStream("base-model.samverkan")) {
			base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				rule("S1", Severity.ERROR, "organ 'Arbetsgruppen'", "brå Rådet {", "brå Arbetsgruppen {"),
				rule("S2", Severity.ERROR, "avtal 'Avtal'", "parter Polisen, Kommunen",
						"parter Polisen\n\tmedverkande Kommunen"),
				rule("S3", Severity.ERROR, "avtalstid i avtal 'Avtal'", "från 2024-01-01", "från 2028-01-01"),
				rule("S4", Severity.ERROR, "organisation 'Polisen'", "202100-0076", "202100-0077"),
				rule("S5", Severity.WARNING, "person 'AnnaAndersson'", "anna.andersson@exempel.se", "anna.andersson"),
				rule("S6", Severity.ERROR, "bilaga 'Lägesbilden'", "innehåll lägesbild", "innehåll kontakter",
						" person BoBerg", "", " person AnnaAndersson", ""),
				rule("S7", Severity.WARNING, "avtal 'Löften'", "period \"2024\"", "period \"2029\""),
				rule("G1", Severity.ERROR, "organ 'Styrgruppen'", "sammanträder 2 gånger per år",
						"sammanträder vid behov"),
				rule("G2", Severity.WARNING, "organ 'Styrgruppen'", "\t\trapporterar till Styrgruppen\n\t}", "\t}"),
				rule("G3", Severity.ERROR, "ordförandeskap i organ 'Styrgruppen'", " period 1 år", ""),
				rule("G4", Severity.ERROR, "medlemskap i organ 'Rådet'", "medlem Kommunpolis tjänsteman",
						"medlem Räddning.Brandchef tjänsteman"),
				rule("G5", Severity.ERROR, "organ 'Styrgruppen'", "sammanträder 2 gånger per år",
						"sammanträder 2 gånger per år\n\t\trapporterar till Arbetsgruppen"),
				rule("G6", Severity.ERROR, "organ 'OmrådesgruppCentrum'", "nätverksgrupp NätverksgruppCentrum",
						"organ NätverksgruppCentrum"),
				rule("G7", Severity.ERROR, "organ 'Rådet'", "ledamöter 3 varav", "ledamöter 4 varav"),
				rule("G8", Severity.WARNING, "organ 'Arbetsgruppen'", "mandat \"Bereder ärenden till styrgruppen.\"",
						""),
				rule("G9", Severity.ERROR, "avtal 'Avtal'",
						"samordnare SamordnarePolisen för Polisen funktion Kommunpolis person BoBerg", ""),
				rule("L1", Severity.ERROR, "statistikrad 'CentrumInbrott'", "2023: 53 ökar", "2023: 53 minskar"),
				rule("L2", Severity.WARNING, "lägesbild 'Lägesbild'", "datum 2023-11-01", "datum 2021-11-01"),
				rule("L3", Severity.WARNING, "statistikrad 'CentrumInbrott'", "CentrumInbrott: Centrum",
						"CentrumInbrott: Annanstans"),
				rule("L4", Severity.WARNING, "lägesbild 'Lägesbild'",
						"källa Polisstatistik \"Polisens statistik\" typ polisstatistik", "", " källa Polisstatistik", ""),
				rule("P1", Severity.ERROR, "prioriterat samverkansområde 'Inbrott'", "grund CentrumInbrott", ""),
				rule("P2", Severity.ERROR, "prioriterat samverkansområde 'Inbrott'", "inom Inbrott", ""),
				rule("P3", Severity.WARNING, "åtgärd 'Grannsamverkan'", "syfte \"Minska bostadsinbrotten.\"", ""),
				rule("P4", Severity.WARNING, "mål 'Inbrottsmål'", "enhet \"anmälningar\"", ""),
				rule("P5", Severity.ERROR, "åtgärd 'Grannsamverkan'", "ansvarig Polisen, Kommunen",
						"ansvarig Polisen, Räddning"),
				rule("P6", Severity.WARNING, "åtgärd 'Grannsamverkan'", "av åtgärder {", "av övrigt {"),
				rule("P7", Severity.WARNING, "åtgärd 'Grannsamverkan'", "\t\t\torsak ObevakadeBostäder\n", ""),
				rule("P8", Severity.WARNING, "mål 'Inbrottsmål'", "\t\t\t\teffektmål\n", ""),
				rule("P9", Severity.INFO, "åtgärd 'Grannsamverkan'", "när \"Löpande under 2024\"", ""),
				rule("N1", Severity.WARNING, "lägesbild 'Lägesbild'", "analys \"Bostadsinbrotten ökar i Centrum.\"",
						""),
				rule("N2", Severity.WARNING, "åtgärdsplan 'Plan'", "beslutad 2024-01-15 av Styrgruppen", ""),
				rule("N3", Severity.WARNING, "avtal 'Avtal'", " person AnnaAndersson", ""),
				rule("N4", Severity.INFO, "medborgarlöfte 'Löfte'", "\tunderskrifter {\n\t\texemplar 2",
						"\tmedborgarlöfte Löfte \"Vi går trygghetsvandringar\" {\n\t\tägare Polisen, Kommunen\n"
								+ "\t\tdatum 2021-01-01\n\t}\n\tunderskrifter {\n\t\texemplar 2"),
				rule("N5", Severity.INFO, "avtal 'Avtal'",
						"underskrift för Kommunen \"Cecilia Ordförande\", \"kommunstyrelsens ordförande\"\n", "\n"),
				rule("M1", Severity.WARNING, "medborgarlöfte 'Trygghetsvandringar'", "\t\t\tmålvärde minst 4\n", ""),
				rule("M2", Severity.WARNING, "medborgarlöfte 'Trygghetsvandringar'",
						"Vi genomför minst fyra trygghetsvandringar", "Vi ska verka för fler trygghetsvandringar"),
				rule("M3", Severity.ERROR, "aktivitet i ett medborgarlöfte 'Vandring'", "\tmedverkande Räddning\n", ""),
				rule("M4", Severity.WARNING, "mål 'Vandringsmål'", "\t\t\tenhet antal \"vandringar\"\n", ""),
				rule("M5", Severity.WARNING, "medborgarlöfte 'Trygghetsvandringar'",
						"\t\tutfall Trygghetsvandringar 2025-01-20 period \"2024\" 5 genomfört \"Fem vandringar i Centrum\"\n", ""),
				rule("C1", Severity.WARNING, "kommunikationsplan 'Kommunikation'",
						"kanal Webb \"Kommunens webbplats\" typ webbplats", ""),
				rule("C2", Severity.WARNING, "kommunikationsplan 'Kommunikation'",
						"talesperson för Kommunen funktion Kommundirektör", ""),
				rule("C3", Severity.WARNING, "utvärdering i kommunikationsplan 'Kommunikation'",
						"uppdateras 1 gång per år", "utvärdering år 2030 \"Planen utvärderas.\""),
				rule("F1", Severity.WARNING, "uppföljningsplan 'Uppföljning'", "av kommunikationsplan {",
						"av övrigt {"),
				rule("F2", Severity.ERROR, "uppföljning 'UppföljningKommunikation'", "ansvarig Trygghetssamordnare",
						"ansvarig Kommunen"),
				rule("F3", Severity.ERROR, "utfall i uppföljningsplan 'UppföljningLöften'", "\"2024\" 5 genomfört",
						"\"2024\" 3 genomfört"));
	}

	private static Arguments rule(String code, Severity severity, String element, String... replacements) {
		return Arguments.of(code, severity, element, replacements);
	}

	@Test
	void theBaseModelBreaksNoRule() {
		List<Finding> findings = validate(base).findings();
		assertEquals(List.of(), findings.stream().map(f -> f.rule() + ": " + f.message()).toList());
	}

	@Test
	void everyRuleOfTheCatalogueHasACase() {
		List<String> tested = cases().map(a -> (String) a.get()[0]).toList();
		assertEquals(Arrays.stream(Rule.values()).map(Rule::name).toList(), tested);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void ruleMarksTheElementThatBreaksIt(String code, Severity severity, String element, String[] replacements) {
		String text = base;
		for (int i = 0; i < replacements.length; i += 2) {
			assertTrue(text.contains(replacements[i]), "the base model has no '" + replacements[i] + "'");
			text = text.replace(replacements[i], replacements[i + 1]);
		}
		Rule rule = Rule.valueOf(code);
		assertEquals(severity, rule.severity());
		List<Finding> findings = validate(text).findings().stream().filter(f -> f.rule() == rule).toList();
		assertTrue(findings.stream().anyMatch(f -> ElementReferences.of(f.element()).equals(element)),
				code + " should mark " + element + " but found " + findings.stream()
						.map(f -> ElementReferences.of(f.element()) + ": " + f.message()).toList());
		assertTrue(findings.stream().allMatch(f -> f.message().contains(ElementReferences.of(f.element()))),
				"the message names the element");
	}

	@Test
	void aSuppressionSetsOneFindingAsideWithItsReason() {
		String withoutUnit = base.replace("\t\t\t\tenhet \"anmälningar\"\n", "");
		int end = withoutUnit.lastIndexOf("}");
		String text = withoutUnit.substring(0, end)
				+ "\tundantag P4 för Inbrottsmål eftersom \"Målet följs upp kvalitativt tills vidare\"\n}\n";
		ModelValidator.Result result = validate(text);
		assertEquals(List.of(), result.findings().stream().filter(f -> f.rule() == Rule.P4).toList());
		assertEquals(1, result.suppressed().size());
		assertEquals(Rule.P4, result.suppressed().get(0).rule());
	}

	@Test
	void englishMessagesWhenAskedFor() {
		Language.use(Language.ENGLISH);
		try {
			Finding finding = validate(base.replace("202100-0076", "202100-0077")).findings().get(0);
			assertEquals("organisation 'Polisen' has the organisation number '202100-0077', which is not of the "
					+ "form NNNNNN-NNNN with a correct check digit. Check the number.", finding.message());
		} finally {
			Language.use(Language.SWEDISH);
		}
	}

	@Test
	void unresolvedReferencesOfAModelNotReadFromTextAreS1() throws IOException {
		Model model = parse(base);
		// as after loading XMI whose referenced file is missing: the party becomes a proxy
		var agreement = model.getAgreements().stream().filter(a -> a.getName().equals("Avtal")).findFirst().orElseThrow();
		var proxy = (org.eclipse.emf.ecore.InternalEObject) EcoreUtil.copy(agreement.getParties().get(0));
		proxy.eSetProxyURI(URI.createURI("saknas.xmi#//@organisations.0"));
		agreement.getParties().set(0, (se.samverka.model.Organisation) proxy);
		List<Finding> s1 = new ModelValidator().validate(model).findings().stream().filter(f -> f.rule() == Rule.S1)
				.toList();
		assertEquals(1, s1.size());
		assertEquals("avtal 'Avtal'", ElementReferences.of(s1.get(0).element()));
	}

	@Test
	void aChairRotatingWithAPartyThatDoesNotResolveNeverSaysNull() {
		String text = base.replace("roterar mellan Polisen, Kommunen", "roterar mellan Polisen, Kommunn");
		Model model = load(text);
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(model.eResource(), CheckMode.ALL,
				CancelIndicator.NullImpl);
		List<String> messages = issues.stream().map(Issue::getMessage).toList();
		assertTrue(messages.stream().noneMatch(m -> m.contains("null")), messages.toString());
		// the unresolved party is named as written, once: by S1
		assertTrue(messages.stream().anyMatch(m -> m.contains("Kommunn")), messages.toString());
		assertEquals(List.of(), new ModelValidator().validate(model).findings().stream().filter(f -> f.rule() == Rule.G3)
				.map(Finding::message).toList());
	}

	private static ModelValidator.Result validate(String text) {
		return new ModelValidator().validate(parse(text));
	}

	private static Model parse(String text) {
		Model model = load(text);
		assertEquals(List.of(), model.eResource().getErrors(), "the changed model must still parse");
		return model;
	}

	/** The model of a text, whether or not its names resolve. */
	private static Model load(String text) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createURI("file:///prov/avtal.samverkan"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		EcoreUtil.resolveAll(set);
		return (Model) resource.getContents().get(0);
	}
}
