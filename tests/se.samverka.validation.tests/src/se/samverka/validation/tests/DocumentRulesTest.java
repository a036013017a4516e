/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Injector;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.Model;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.labels.ElementReferences;
import se.samverka.model.nls.Language;
import se.samverka.model.time.PartialDate;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;
import se.samverka.validation.Rule;

/**
 * The catalogue fitted to the kind and date of a document: a promise document is not asked for
 * governance, funding or the nature of measures; the law's rules apply to documents from
 * 2023-07-01; the promise rules and the status of outcomes in their variants; suppressions cover
 * what an element contains. Each change is made to base-model.samverkan, which breaks no rule.
 */
class DocumentRulesTest {
	private static Injector injector;
	private static String base;

	@BeforeAll
	static void setUp() throws IOException {
		Language.use(Language.SWEDISH);
		injector = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration();
		try (InputStream in = DocumentRulesTest.class.getResourceAsStream("base-model.samverkan")) {
			base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	// ------------------------------------------------------------ kinds

	/** A body and a measure without mandate, funding or nature, in the promise document and in an agreement. */
	@Test
	void aPromiseDocumentIsNotAskedForGovernanceFundingOrTheNatureOfMeasures() {
		String promises = change(base, "\tundertecknad \"i februari 2024\"\n",
				"\tundertecknad \"i februari 2024\"\n\tstyrgrupp Löftesgruppen\n",
				"\tuppföljningsplan UppföljningLöften {",
				"\tåtgärdsplan Löftesplan {\n\t\tåtgärd Vandringar \"Trygghetsvandringar\" {\n\t\t}\n\t}\n"
						+ "\tuppföljningsplan UppföljningLöften {");
		Set<Rule> onPromises = rules(validate(promises), "Löften");
		for (Rule governance : List.of(Rule.G1, Rule.G2, Rule.G8, Rule.G9, Rule.P3, Rule.P9, Rule.F1, Rule.S2)) {
			assertFalse(onPromises.contains(governance), governance + " on a promise document: " + onPromises);
		}
		// the same content in an agreement that governs is asked for all of it
		Set<Rule> onAgreement = rules(validate(change(promises, "typ medborgarlöften", "typ samverkansöverenskommelse")),
				"Löften");
		assertTrue(onAgreement.containsAll(List.of(Rule.G1, Rule.G8, Rule.G9, Rule.P3, Rule.P9, Rule.F1)),
				onAgreement.toString());
	}

	// ------------------------------------------------------------ the law's date

	@Test
	void theLawsRulesCheckDocumentsFromTheDayItCameIntoForce() {
		assertEquals(Set.of(Rule.L3, Rule.N1, Rule.N3),
				java.util.Arrays.stream(Rule.values()).filter(r -> r.appliesFrom() != null).collect(Collectors.toSet()));
		assertEquals(LocalDate.of(2023, 7, 1), Rule.N1.appliesFrom());
		assertTrue(Rule.N1.appliesTo(agreement("undertecknad", "2023-07-01")));
		assertTrue(Rule.N1.appliesTo(agreement("beslutad", "hösten 2023")));
		// a year the law came into force in the middle of may be from after it
		assertTrue(Rule.N1.appliesTo(agreement("period", "2023")));
		assertFalse(Rule.N1.appliesTo(agreement("period", "första halvåret 2023")));
		assertFalse(Rule.N1.appliesTo(agreement("undertecknad", "2023-06-30")));
		// signed before the law, though its period begins after it: dated by its signature
		Agreement signedBefore = agreement("period", "2024");
		signedBefore.setSigned(PartialDate.parse("december 2022"));
		assertFalse(Rule.N1.appliesTo(signedBefore));
		// an undated document is taken to be a document of today, as a draft is
		assertTrue(Rule.N1.appliesTo(agreement(null, null)));
		// rules that do not rest on the law check documents of any date
		assertTrue(Rule.N2.appliesTo(agreement("undertecknad", "2014-12-01")));
	}

	@Test
	void aSituationPictureOfBeforeTheLawIsNotHeldToIt() {
		String withoutAnalysis = change(base, "\t\tanalys \"Bostadsinbrotten ökar i Centrum.\"\n", "");
		assertTrue(rules(validate(withoutAnalysis), "Avtal").contains(Rule.N1));
		String of2014 = change(withoutAnalysis, "från 2024-01-01 till 2027-12-31", "från 2014-01-01 till 2017-12-31",
				"datum 2023-11-01", "datum 2013-11-01");
		assertFalse(rules(validate(of2014), "Avtal").contains(Rule.N1));
		String undated = change(withoutAnalysis, "\t\tfrån 2024-01-01 till 2027-12-31\n\t\tförlängning 2 år\n"
				+ "\t\tsamråd 6 månader före slut\n", "\t\tfrån 2024-01-01 till 2027-12-31\n", "\tgiltighet {\n"
						+ "\t\tfrån 2024-01-01 till 2027-12-31\n\t}\n", "");
		assertTrue(rules(validate(undated), "Avtal").contains(Rule.N1));
	}

	private static Agreement agreement(String feature, String date) {
		Agreement agreement = SamverkaFactory.eINSTANCE.createAgreement();
		agreement.setKind(AgreementKind.LOCAL_COOPERATION);
		if (feature != null) {
			PartialDate written = PartialDate.parse(date);
			switch (feature) {
			case "undertecknad" -> agreement.setSigned(written);
			case "beslutad" -> agreement.setDecided(written);
			default -> agreement.setPeriodFrom(written);
			}
		}
		return agreement;
	}

	// ------------------------------------------------------------ promises

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"Vi ska arbeta för fler trygghetsvandringar.      | arbeta för",
			"Polisen värnar om tryggheten i Centrum.           | värnar om",
			"Vi strävar  efter fler vandringar.               | strävar efter",
			"Vi samverkar för fler trygghetsvandringar.        | ",
			"Vi samarbetar för att genomföra fyra vandringar. | " })
	void aVaguePromiseIsNamedByItsPhraseAndWholeWordsOnly(String text, String phrase) {
		List<Finding> m2 = findings(validate(change(base, "Vi genomför minst fyra trygghetsvandringar i Centrum.", text)),
				Rule.M2);
		if (phrase == null) {
			assertEquals(List.of(), m2);
		} else {
			assertEquals(1, m2.size());
			assertTrue(m2.get(0).message().contains("'" + phrase + "'"), m2.get(0).message());
		}
	}

	@Test
	void aGoalCanBeCheckableWithoutATarget() {
		String direction = change(base, "\t\t\tmålvärde minst 4\n", "\t\t\tmålvärde öka\n");
		assertEquals(List.of(), findings(validate(direction), Rule.M1));
		String qualitative = change(base, "\t\t\tproduktionsmål\n\t\t\tindikator \"Genomförda trygghetsvandringar\"\n"
				+ "\t\t\tmålvärde minst 4\n\t\t\tenhet antal \"vandringar\"\n", "\t\t\tkvalitativt\n");
		assertEquals(List.of(), findings(validate(qualitative), Rule.M1));
		assertEquals(List.of(), findings(validate(qualitative), Rule.M4), "a qualitative goal needs no unit");
		String none = change(base, "\t\tmål Vandringsmål \"Trygghetsvandringar\" {\n\t\t\tproduktionsmål\n"
				+ "\t\t\tindikator \"Genomförda trygghetsvandringar\"\n\t\t\tmålvärde minst 4\n"
				+ "\t\t\tenhet antal \"vandringar\"\n\t\t}\n", "");
		assertEquals(List.of("medborgarlöfte 'Trygghetsvandringar'"), elements(findings(validate(none), Rule.M1)));
	}

	@Test
	void anOwnerThatIsPartOfAPartyBelongsToTheDocument() {
		String administration = "organisation Socialtjänsten {\n\ttyp förvaltning\n\tdel av Kommunen\n}\n\n"
				+ change(base, "\t\tägare Polisen, Kommunen\n", "\t\tägare Polisen, Socialtjänsten\n");
		assertEquals(List.of(), findings(validate(administration), Rule.M3));
		String stranger = "organisation Bostadsbolaget {\n\ttyp bostadsbolag\n}\n\n"
				+ change(base, "\t\tägare Polisen, Kommunen\n", "\t\tägare Polisen, Bostadsbolaget\n");
		List<Finding> m3 = findings(validate(stranger), Rule.M3);
		assertEquals(List.of("medborgarlöfte 'Trygghetsvandringar'"), elements(m3));
		assertTrue(m3.get(0).message().contains("'Bostadsbolaget'"), m3.get(0).message());
	}

	@Test
	void aPromiseIsAskedForItsFollowUpOnceItsPeriodHasEnded() {
		String unfollowed = change(base, "\t\tutfall Trygghetsvandringar 2025-01-20 period \"2024\" 5 genomfört "
				+ "\"Fem vandringar i Centrum\"\n", "");
		assertEquals(List.of(), findings(validate(unfollowed, on("2024-12-31")), Rule.M5), "the last day of 2024");
		List<Finding> m5 = findings(validate(unfollowed, on("2025-01-01")), Rule.M5);
		assertEquals(List.of("medborgarlöfte 'Trygghetsvandringar'"), elements(m5));
		assertTrue(m5.get(0).message().contains("perioden 2024 har löpt ut"), m5.get(0).message());
		// an outcome of its goal follows it up as well
		String ofTheGoal = change(base, "utfall Trygghetsvandringar 2025", "utfall Vandringsmål 2025");
		assertEquals(List.of(), findings(validate(ofTheGoal, on("2025-06-01")), Rule.M5));
		// a draft is not asked
		String draft = change(unfollowed, "\tstatus undertecknad\n", "\tstatus utkast\n");
		assertEquals(List.of(), findings(validate(draft, on("2025-06-01")), Rule.M5));
	}

	@Test
	void aSignatureAfterTheAgreementEndedIsDatedOutsideIt() {
		String late = change(base, "\"lokalpolisområdeschef\" datum 2024-02-12", "\"lokalpolisområdeschef\" datum 2028-02-12");
		List<Finding> s7 = findings(validate(late), Rule.S7);
		assertEquals(List.of("underskrift i underskrifter i avtal 'Löften'"), elements(s7));
		assertEquals("underskrift i underskrifter i avtal 'Löften': datumet 2028-02-12 ligger utanför avtal 'Avtal' "
				+ "(2024-01-01–2027-12-31). Rätta datumet, eller ange med 'under' den överenskommelse det hör till.",
				s7.get(0).message());
		String early = change(base, "\t\tdatum 2024-02-12\n\t\tmål", "\t\tdatum 2023-02-12\n\t\tmål");
		assertEquals(List.of("medborgarlöfte 'Trygghetsvandringar'"), elements(findings(validate(early), Rule.S7)));
		// signed with the agreement, before its validity begins: the agreement was made then
		String together = change(early, "underskrift för Polisen \"Bo Chef\", \"lokalpolisområdeschef\"\n",
				"underskrift för Polisen \"Bo Chef\", \"lokalpolisområdeschef\" datum 2023-02-01\n");
		assertEquals(List.of(), findings(validate(together), Rule.S7));
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource(delimiter = '|', value = {
			"minst 4   | 3 genomfört         | F3",
			"minst 4   | 4 genomfört         | ",
			"minst 4   | 4 ej-genomfört      | F3.reached",
			"minst 4   | 5 röd               | F3.reached",
			"minst 4   | 3 gul               | ",
			"minst 4   | cirka 3 genomfört   | ",
			"minst 4   | minst 3 genomfört   | ",
			"minst 4   | minst 4 ej-genomfört| F3.reached",
			"högst 4   | 5 grön              | F3",
			"högst 4   | drygt 4 genomfört   | ",
			"högst 4   | drygt 5 genomfört   | F3",
			"högst 4   | 4 ej-påbörjat       | F3.reached",
			"exakt 4   | 5 genomfört         | F3",
			"exakt 4   | 4 röd               | F3.reached",
			"öka 6     | 5 genomfört         | F3",
			"minska 2  | 3 genomfört         | F3",
			"minska 2  | 2 ej-genomfört      | F3.reached",
			"4         | 3 genomfört         | " })
	void aStatusMustAgreeWithTheFigures(String target, String outcome, String expected) {
		String text = change(base, "målvärde minst 4", "målvärde " + target, "period \"2024\" 5 genomfört",
				"period \"2024\" " + outcome);
		List<Finding> f3 = findings(validate(text), Rule.F3);
		if (expected == null) {
			assertEquals(List.of(), f3.stream().map(Finding::message).toList());
		} else {
			assertEquals(1, f3.size(), f3.toString());
			String reaches = expected.equals("F3") ? "når inte målet" : "når målet";
			assertTrue(f3.get(0).message().contains(reaches), f3.get(0).message());
		}
	}

	@Test
	void aStatusOfIncreaseIsJudgedAgainstTheBaseline() {
		String text = change(base, "\t\t\tmålvärde minst 4\n", "\t\t\tutgångsläge 4 år 2023\n\t\t\tmålvärde öka\n",
				"period \"2024\" 5 genomfört", "period \"2024\" 4 genomfört");
		List<Finding> f3 = findings(validate(text), Rule.F3);
		assertEquals(List.of("utfall i uppföljningsplan 'UppföljningLöften': värdet 4 når inte målet (öka från 4) men "
				+ "rapporteras som 'genomfört'. Rätta status eller värdet."), f3.stream().map(Finding::message).toList());
	}

	// ------------------------------------------------------------ suppression

	@Test
	void aSuppressionCoversWhatItsElementContains() {
		String withoutUnit = change(base, "\t\t\tenhet antal \"vandringar\"\n", "");
		assertEquals(List.of("mål 'Vandringsmål'"), elements(findings(validate(withoutUnit), Rule.M4)));
		for (String element : List.of("Vandringsmål", "Trygghetsvandringar", "Löften")) {
			ModelValidator.Result result = validate(suppress(withoutUnit, "M4", element));
			assertEquals(List.of(), findings(result, Rule.M4), "suppressed on " + element);
			assertEquals(List.of("mål 'Vandringsmål'"), elements(result.suppressed()), "suppressed on " + element);
		}
		// a sibling does not contain the goal, and another rule's code suppresses nothing of this one
		assertEquals(List.of("mål 'Vandringsmål'"),
				elements(findings(validate(suppress(withoutUnit, "M4", "Vandring")), Rule.M4)));
		assertEquals(List.of("mål 'Vandringsmål'"),
				elements(findings(validate(suppress(withoutUnit, "M1", "Löften")), Rule.M4)));
	}

	/** The text with a suppression at the end of the promise document. */
	private static String suppress(String text, String code, String element) {
		int end = text.indexOf("\n}\n", text.indexOf("avtal Löften"));
		return text.substring(0, end) + "\n\tundantag " + code + " för " + element + " eftersom \"Prövas\"" + text.substring(end);
	}

	// ------------------------------------------------------------ helpers

	private static Clock on(String day) {
		return Clock.fixed(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
	}

	private static String change(String text, String... replacements) {
		for (int i = 0; i < replacements.length; i += 2) {
			assertTrue(text.contains(replacements[i]), "the model has no '" + replacements[i] + "'");
			text = text.replace(replacements[i], replacements[i + 1]);
		}
		return text;
	}

	private static ModelValidator.Result validate(String text) {
		return validate(text, Clock.systemDefaultZone());
	}

	private static ModelValidator.Result validate(String text, Clock clock) {
		return new ModelValidator(clock).validate(parse(text));
	}

	private static List<Finding> findings(ModelValidator.Result result, Rule rule) {
		return result.findings().stream().filter(f -> f.rule() == rule).toList();
	}

	private static List<String> elements(List<Finding> findings) {
		return findings.stream().map(f -> ElementReferences.of(f.element())).toList();
	}

	/** The rules broken within the named agreement. */
	private static Set<Rule> rules(ModelValidator.Result result, String agreement) {
		return result.findings().stream()
				.filter(f -> EcoreUtil.isAncestor(named(f.element(), agreement), f.element()))
				.map(Finding::rule).collect(Collectors.toSet());
	}

	private static Agreement named(org.eclipse.emf.ecore.EObject element, String name) {
		Model model = (Model) EcoreUtil.getRootContainer(element);
		return model.getAgreements().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Model parse(String text) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createURI("file:///prov/avtal.samverkan"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		EcoreUtil.resolveAll(set);
		assertEquals(List.of(), resource.getErrors(), "the changed model must still parse:\n" + text);
		return (Model) resource.getContents().get(0);
	}
}
