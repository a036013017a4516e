/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.inject.Inject;
import com.google.inject.Injector;

import se.samverka.dsl.templates.AgreementRequest;
import se.samverka.dsl.templates.Identifiers;
import se.samverka.dsl.templates.InvalidAgreementRequestException;
import se.samverka.dsl.templates.NewAgreement;
import se.samverka.dsl.templates.Shape;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.ModelFormatter;
import se.samverka.dsl.workspace.Problem;
import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.Area;
import se.samverka.model.Body;
import se.samverka.model.BodyKind;
import se.samverka.model.CommunicationLevel;
import se.samverka.model.CommunicationPlan;
import se.samverka.model.Model;
import se.samverka.model.NamedElement;
import se.samverka.model.OrganisationKind;
import se.samverka.model.nls.Language;

/**
 * The runtime half of the "new agreement" wizard: for every shape the text parses, every
 * reference resolves, the text is formatted, and what the rules still find is what a user is
 * expected to fill in (pinned below per shape).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class NewAgreementTest {
	private static final List<String> BOTKYRKA = List.of("Tumba", "Tullinge", "Hallunda-Norsborg", "Fittja", "Alby");
	private static final List<String> ODD = List.of("Upplands Väsby", "Öckerö \"norra\"", "Öckerö norra",
			"1:a distriktet", "Hallunda/Slagsta", "kommun", "typ", "Styrgruppen", "C:\\Väsby\\", "Ærø Ågård",
			"Тумба", "  Tumba\t\n centrum ", "Över-\u00ADgården", "Sankt Örjan's –– by");

	@Inject
	private Injector injector;

	@Inject
	private NewAgreement templates;

	@Inject
	private ModelFormatter formatter;

	@Inject
	private ParseHelper<Model> parser;

	@TempDir
	private Path folder;

	private static AgreementRequest request(Shape shape, List<String> districts) {
		return new AgreementRequest(shape, "Botkyrka kommun", "Lokalpolisområde Botkyrka", districts, 2025);
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void everyShapeParsesLinksAndIsFormatted(Shape shape) throws Exception {
		String text = templates.text(request(shape, BOTKYRKA));
		Loaded loaded = load(text);
		assertEquals(List.of(), loaded.problems.stream()
				.filter(p -> p.code().equals("SYNTAX") || p.code().equals("S1")).toList(), text);
		assertEquals(text, formatter.format((XtextResource) parser.parse(text).eResource()),
				"the template is laid out as ./samverka format lays it out");
		assertTrue(text.startsWith("// "), "the file says what it is");
	}

	/** What the rules still find in each shape: all of it is for the user to fill in (see the report). */
	@ParameterizedTest
	@EnumSource(Shape.class)
	void remainingFindingsAreWhatTheUserFillsIn(Shape shape) throws Exception {
		Map<String, Integer> expected = switch (shape) {
		// only parties, municipality and validity: governance, coordinators and follow-up are to be added
		case EMPTY -> counts("G1=1", "G9=2", "N3=1", "F1=1", "N5=2");
		// meeting frequencies of the 5 area groups and 5 network groups, the picture's date, the action
		// plan's decision, the coordinators' contact details, the measure's funding, figures, kind and
		// time, and the signatures (of both agreements)
		case SUB_AGREEMENT -> counts("G8=10", "L2=1", "N2=1", "N3=1", "P3=1", "P4=1", "P8=1", "P9=1", "N5=4");
		// the cooperation groups' meeting frequency, the coordinators' contact details, a follow-up
		// plan and the signatures
		case COMMUNICATION_PLAN -> counts("G8=1", "N3=1", "F1=1", "N5=2");
		};
		assertEquals(expected, codes(load(templates.text(request(shape, BOTKYRKA))).problems));
	}

	@Test
	void subAgreementHasOneAreaGroupWithOneNetworkGroupPerDistrict() throws Exception {
		Loaded loaded = load(templates.text(request(Shape.SUB_AGREEMENT, BOTKYRKA)));
		Agreement agreement = loaded.agreement("Underavtal");
		assertEquals("Avtalet", agreement.getFramework().getName());
		assertTrue(agreement.isNetworkGroupPerAreaGroup());
		List<Body> areaGroups = bodies(agreement, BodyKind.AREA_GROUP);
		assertEquals(5, areaGroups.size());
		assertEquals(5, bodies(agreement, BodyKind.NETWORK_GROUP).size());
		for (int i = 0; i < BOTKYRKA.size(); i++) {
			String district = BOTKYRKA.get(i);
			Body areaGroup = areaGroups.get(i);
			assertEquals("Områdesgrupp" + district, areaGroup.getName());
			assertEquals("Områdesgrupp " + district, areaGroup.getTitle());
			assertEquals(district, areaGroup.getArea().getName());
			assertEquals(district, areaGroup.getArea().getTitle());
			assertEquals(1, areaGroup.getSubBodies().size());
			Body network = areaGroup.getSubBodies().get(0);
			assertEquals(BodyKind.NETWORK_GROUP, network.getKind());
			assertEquals("Nätverksgrupp" + district, network.getName());
			assertEquals("Nätverksgrupp " + district, network.getTitle());
			assertSame(areaGroup.getArea(), network.getArea());
			assertSame(areaGroup, network.getAssignedBy());
		}
		// the districts lie in the municipality, which the situation picture covers
		Area municipality = agreement.getMunicipality();
		assertEquals("Botkyrka", municipality.getName());
		assertEquals("Botkyrka kommun", municipality.getTitle());
		assertEquals(BOTKYRKA, municipality.getSubAreas().stream().map(Area::getName).toList());
		assertSame(municipality, agreement.getSituationPicture().getCovers());
		assertEquals(5, agreement.getSituationPicture().getAreaAssessments().size());
		assertEquals(5, agreement.getPriorityAreas().get(0).getJustifiedBy().size());
		assertEquals(2, agreement.getCoordination().getCoordinators().size());
		assertEquals(5, agreement.getAppendices().size());
	}

	/** {@link Shape#EMPTY}: the parties, the areas and an agreement with nothing but parties, municipality and validity. */
	@Test
	void emptyHoldsThePartiesTheAreasAndABareAgreement() throws Exception {
		Loaded loaded = load(templates.text(request(Shape.EMPTY, BOTKYRKA)));
		Model model = loaded.model();
		assertEquals(List.of("Polisen", "Kommunen"), model.getOrganisations().stream().map(NamedElement::getName).toList());
		assertEquals(OrganisationKind.POLICE, model.getOrganisations().get(0).getKind());
		assertEquals("Lokalpolisområde Botkyrka", model.getOrganisations().get(0).getTitle());
		assertEquals(OrganisationKind.MUNICIPALITY, model.getOrganisations().get(1).getKind());
		assertEquals("Botkyrka kommun", model.getOrganisations().get(1).getTitle());
		assertEquals(List.of(), model.getPeople());
		assertEquals(1, model.getAgreements().size());
		Agreement agreement = loaded.agreement("Samverkansöverenskommelse");
		assertEquals(AgreementKind.LOCAL_COOPERATION, agreement.getKind());
		assertEquals("Samverkansöverenskommelse mellan Botkyrka kommun och Lokalpolisområde Botkyrka", agreement.getTitle());
		assertEquals(List.of("Polisen", "Kommunen"), agreement.getParties().stream().map(NamedElement::getName).toList());
		assertEquals(BOTKYRKA, agreement.getMunicipality().getSubAreas().stream().map(Area::getName).toList());
		assertEquals(List.of(), agreement.getBodies());
		assertEquals(null, agreement.getCoordination());
		assertEquals(null, agreement.getCommunicationPlan());
		assertEquals("botkyrka-kommun.samverkan", NewAgreement.suggestedFileName(request(Shape.EMPTY, BOTKYRKA)));
	}

	/** {@link Shape#COMMUNICATION_PLAN}: Järva's shape, an agreement whose content is its communication plan. */
	@Test
	void communicationPlanHoldsBodiesTargetGroupsLevelsAndChannels() throws Exception {
		Loaded loaded = load(templates.text(request(Shape.COMMUNICATION_PLAN, List.of())));
		Agreement agreement = loaded.agreement("Samverkansöverenskommelse");
		assertEquals(AgreementKind.LOCAL_COOPERATION, agreement.getKind());
		assertEquals("Lokal samverkansöverenskommelse Botkyrka kommun", agreement.getTitle());
		assertEquals(List.of("Kommunen", "Polisen"), agreement.getParties().stream().map(NamedElement::getName).toList());
		assertEquals(1, agreement.getGoals().size());
		assertEquals(List.of(BodyKind.STEERING_GROUP, BodyKind.PREPARATORY_GROUP, BodyKind.COOPERATION_GROUP),
				agreement.getBodies().stream().map(Body::getKind).toList());
		assertEquals(2, agreement.getCoordination().getCoordinators().size());
		assertEquals(List.of(), agreement.getPriorityAreas());
		CommunicationPlan plan = agreement.getCommunicationPlan();
		assertEquals("Kommunikationsplan för lokal samverkansöverenskommelse Botkyrka kommun", plan.getTitle());
		assertEquals(List.of("Samverkansorganisationen", "CheferMedarbetare", "Invånare", "Journalister", "Samarbetspartners"),
				plan.getTargetGroups().stream().map(NamedElement::getName).toList());
		assertEquals(List.of(1, 2, 3, 4), plan.getLevels().stream().map(CommunicationLevel::getNumber).toList());
		assertEquals(3, plan.getLevels().get(0).getBodies().size());
		assertEquals(4, plan.getChannels().size());
		assertEquals(1, plan.getPrinciples().size());
		assertEquals(2, plan.getSpokespersons().size());
		assertNotNull(plan.getUpdated());
		assertEquals("botkyrka-kommun.samverkan",
				NewAgreement.suggestedFileName(request(Shape.COMMUNICATION_PLAN, List.of())));
	}

	/** The wizard offers each shape by its label, in the user's language. */
	@Test
	void everyShapeHasALabelInBothLanguages() {
		Locale before = Language.current();
		try {
			Set<String> swedish = new TreeSet<>();
			Set<String> english = new TreeSet<>();
			for (Shape shape : Shape.values()) {
				Language.use(Language.SWEDISH);
				swedish.add(shape.label());
				Language.use(Language.ENGLISH);
				english.add(shape.label());
			}
			assertEquals(Shape.values().length, swedish.size(), "one label per shape: " + swedish);
			assertEquals(Shape.values().length, english.size(), "one label per shape: " + english);
			assertTrue(swedish.contains("Kommunikationsplan (som Järva)"), swedish.toString());
			assertTrue(english.contains("Communication plan (like Järva)"), english.toString());
			swedish.retainAll(english);
			assertEquals(Set.of(), swedish, "labels translated");
		} finally {
			Language.use(before);
		}
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void oddNamesGiveValidFiles(Shape shape) throws Exception {
		AgreementRequest request = new AgreementRequest(shape, "Öckerö \"norra\" kommun",
				"Lokalpolisområde \\ \"Upplands Väsby\"\n", ODD, 2025);
		String text = templates.text(request);
		Loaded loaded = load(text);
		assertEquals(List.of(), loaded.problems.stream()
				.filter(p -> p.code().equals("SYNTAX") || p.code().equals("S1")).toList(), text);
		// no more errors than the same shape has with plain names
		Set<String> errors = new TreeSet<>(loaded.errorCodes());
		Set<String> plain = new TreeSet<>(load(templates.text(request(shape, BOTKYRKA))).errorCodes());
		assertEquals(plain, errors, text);

		Model model = loaded.model();
		Area municipality = model.getAreas().get(0);
		assertEquals("Öckerö \"norra\" kommun", municipality.getTitle());
		assertEquals("ÖckeröNorra", municipality.getName());
		assertEquals("Lokalpolisområde \\ \"Upplands Väsby\"", model.getOrganisations().get(0).getTitle());
		List<String> titles = municipality.getSubAreas().stream().map(Area::getTitle).toList();
		assertEquals(ODD.stream().map(Identifiers::line).toList(), titles);
		List<String> names = municipality.getSubAreas().stream().map(Area::getName).toList();
		// the template's own names come first: the sub-agreement's steering group is Styrgruppen
		String steering = shape == Shape.SUB_AGREEMENT ? "Styrgruppen2" : "Styrgruppen";
		assertEquals(List.of("UpplandsVäsby", "ÖckeröNorra2", "ÖckeröNorra3", "Område1aDistriktet", "Hallunda-Slagsta",
				"Kommun", "Typ", steering, "CVäsby", "ÄröÅgård", "Område", "TumbaCentrum", "Över-gården",
				"SanktÖrjans-By"), names);
		List<String> all = new ArrayList<>();
		model.eAllContents().forEachRemaining(o -> {
			if (o instanceof NamedElement named && named.getName() != null) {
				all.add(named.getName());
			}
		});
		for (String name : all) {
			assertTrue(Identifiers.isName(name), name);
		}
		assertEquals(all.size(), all.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count(),
				"every name of the file is its own: " + all);
		if (shape == Shape.SUB_AGREEMENT) {
			Agreement agreement = loaded.agreement("Underavtal");
			assertEquals(ODD.size(), bodies(agreement, BodyKind.AREA_GROUP).size());
			for (Body areaGroup : bodies(agreement, BodyKind.AREA_GROUP)) {
				assertEquals(1, areaGroup.getSubBodies().size());
				assertEquals("Områdesgrupp " + areaGroup.getArea().getTitle(), areaGroup.getTitle());
			}
			assertEquals("Styrgruppen", bodies(agreement, BodyKind.STEERING_GROUP).get(0).getName());
		}
	}

	@Test
	void namesInUseInTheFolderAreNotRepeated() throws Exception {
		Path examples = Examples.root().resolve(Examples.BOTKYRKA);
		for (String file : List.of("organisationer.samverkan", "avtalet.samverkan")) {
			Files.copy(examples.resolve(file), folder.resolve(file));
		}
		ModelFolder existing = injector.getInstance(ModelFolder.class);
		existing.load(List.of(folder.resolve("avtalet.samverkan")));
		Set<String> inUse = new TreeSet<>();
		for (Resource resource : existing.resourceSet().getResources()) {
			resource.getAllContents().forEachRemaining(o -> {
				if (o instanceof NamedElement named) {
					inUse.add(named.getName());
				}
			});
		}
		assertTrue(inUse.containsAll(List.of("Polisen", "Kommunen", "Botkyrka", "Tumba", "Avtalet")));

		String text = templates.text(request(Shape.SUB_AGREEMENT, BOTKYRKA), inUse);
		Loaded loaded = load(text);
		assertEquals(List.of(), loaded.problems.stream()
				.filter(p -> p.code().equals("SYNTAX") || p.code().equals("S1")).toList(), text);
		Agreement agreement = loaded.agreement("Underavtal");
		assertEquals("Avtalet2", agreement.getFramework().getName());
		assertSame(loaded.resource, agreement.getFramework().eResource(), "the new file's own framework agreement");
		assertEquals(List.of("Polisen2", "Kommunen2"), agreement.getParties().stream().map(NamedElement::getName).toList());
		assertEquals("Botkyrka2", agreement.getMunicipality().getName());
		assertEquals(List.of("Tumba2", "Tullinge2", "Hallunda-Norsborg2", "Fittja2", "Alby2"),
				agreement.getMunicipality().getSubAreas().stream().map(Area::getName).toList());
		// names inside the agreement are the agreement's own and need not differ from the folder's
		assertEquals("OmrådesgruppTumba", bodies(agreement, BodyKind.AREA_GROUP).get(0).getName());
		assertEquals(counts("G8=10", "L2=1", "N2=1", "N3=1", "P3=1", "P4=1", "P8=1", "P9=1", "N5=4"),
				codes(loaded.problems));
	}

	@Test
	void invalidRequestsAreRefusedWithAMessage() {
		assertEquals(List.of("Ange kommunens namn, till exempel 'Botkyrka kommun'."),
				swedish(new AgreementRequest(Shape.EMPTY, " \t", "Lokalpolisområde Botkyrka", List.of(), 2025)));
		assertEquals(List.of("Ett underavtal ger varje kommundel en områdesgrupp. Ange minst en kommundel."),
				swedish(request(Shape.SUB_AGREEMENT, List.of())));
		assertEquals(List.of("Kommundelen 'tumba' finns med mer än en gång. Ange varje kommundel en gång."),
				swedish(request(Shape.SUB_AGREEMENT, List.of("Tumba", "Alby", " tumba ", "TUMBA"))));
		assertEquals(List.of("Kommundel nummer 2 saknar namn. Skriv ett namn eller ta bort raden.",
				"Kommundel nummer 3 saknar namn. Skriv ett namn eller ta bort raden."),
				swedish(request(Shape.COMMUNICATION_PLAN, java.util.Arrays.asList("Tumba", " ", null))));
		assertEquals(List.of("Välj vad avtalet ska utgå från: tomt avtal, underavtal eller kommunikationsplan.",
				"Ange lokalpolisområdets namn, till exempel 'Lokalpolisområde Botkyrka'.",
				"Startåret 20250 är inte rimligt. Ange ett år mellan 1990 och 2100."),
				swedish(new AgreementRequest(null, "Botkyrka", null, null, 20250)));

		// no assertThrows: the test bundle does not import org.junit.jupiter.api.function
		InvalidAgreementRequestException refused = null;
		try {
			templates.text(request(Shape.SUB_AGREEMENT, List.of("Tumba", "Tumba")));
		} catch (InvalidAgreementRequestException e) {
			refused = e;
		}
		assertNotNull(refused, "a request with a district twice is refused");
		assertEquals(1, refused.problems().size());
		assertEquals(refused.problems().get(0), refused.getMessage());
		assertEquals(List.of(), templates.problems(request(Shape.EMPTY, List.of())), "no districts are needed");

		Locale before = Language.current();
		try {
			Language.use(Language.ENGLISH);
			assertEquals(List.of("Enter the name of the municipality, for example 'Botkyrka kommun'.",
					"A sub-agreement gives each district an area group. Enter at least one district."),
					templates.problems(new AgreementRequest(Shape.SUB_AGREEMENT, "", "Polisen", List.of(), 2025)));
			assertEquals(List.of("The district 'Alby' is listed more than once. List each district once."),
					templates.problems(request(Shape.SUB_AGREEMENT, List.of("Alby", "Alby"))));
		} finally {
			Language.use(before);
		}
	}

	@Test
	void theStartYearIsTheValidity() throws Exception {
		Agreement sub = load(templates.text(request(Shape.SUB_AGREEMENT, BOTKYRKA))).agreement("Underavtal");
		assertEquals("2025-01-01", sub.getValidity().getFrom().toString());
		assertEquals("2025-12-31", sub.getValidity().getTo().toString());
		Agreement local = load(templates.text(request(Shape.EMPTY, List.of()))).agreement("Samverkansöverenskommelse");
		assertEquals("2025-01-01", local.getValidity().getFrom().toString());
		assertEquals("2028-12-31", local.getValidity().getTo().toString());
	}

	@Test
	void namesAndStringsFromUsersText() {
		assertEquals("UpplandsVäsby", Identifiers.stem("Upplands Väsby"));
		assertEquals("Hallunda-Norsborg", Identifiers.stem("Hallunda-Norsborg"));
		assertEquals("1aDistriktet", Identifiers.stem("1:a distriktet"));
		assertEquals("ÖckeröNorra", Identifiers.stem("Öckerö \"norra\""));
		assertEquals("Arjepluovve", Identifiers.stem("Árjepluovve"));
		assertEquals("", Identifiers.stem("Тумба"));
		assertFalse(Identifiers.isName("1aDistriktet"));
		assertTrue(Identifiers.isName("Område1aDistriktet"));
		assertEquals("\"Öckerö \\\"norra\\\" C:\\\\\"", Identifiers.quote("Öckerö \"norra\" C:\\"));
		assertEquals("a b", Identifiers.line(" a\r\n\u2028 b\u0007"));
		Identifiers ids = new Identifiers(List.of("Tumba"), List.of("typ"));
		assertEquals("Tumba2", ids.derive("tumba", "Område"));
		assertEquals("Område1aDistriktet", ids.derive("1:a distriktet", "Område"));
		assertEquals("Område1aDistriktet2", ids.derive("1:a distriktet", "Område"));
		assertEquals("Tumba", new Identifiers(List.of("Tumba"), List.of()).local("Tumba", ""));
		assertNotEquals("typ", new Identifiers(List.of(), List.of("typ")).local("typ", ""));
		assertEquals("upplands-vasby.samverkan", NewAgreement.suggestedFileName(
				new AgreementRequest(Shape.EMPTY, "Upplands Väsby", "x", List.of(), 2025)));
		assertEquals("botkyrka-kommun-underavtal.samverkan",
				NewAgreement.suggestedFileName(request(Shape.SUB_AGREEMENT, BOTKYRKA)));
	}

	private List<String> swedish(AgreementRequest request) {
		Locale before = Language.current();
		try {
			Language.use(Language.SWEDISH);
			return templates.problems(request);
		} finally {
			Language.use(before);
		}
	}

	private static List<Body> bodies(Agreement agreement, BodyKind kind) {
		List<Body> found = new ArrayList<>();
		agreement.eAllContents().forEachRemaining(o -> {
			if (o instanceof Body body && body.getKind() == kind) {
				found.add(body);
			}
		});
		return found;
	}

	private static Map<String, Integer> counts(String... entries) {
		Map<String, Integer> counts = new TreeMap<>();
		for (String entry : entries) {
			String[] parts = entry.split("=");
			counts.put(parts[0], Integer.parseInt(parts[1]));
		}
		return counts;
	}

	private static Map<String, Integer> codes(List<Problem> problems) {
		Map<String, Integer> counts = new TreeMap<>();
		problems.forEach(p -> counts.merge(p.code(), 1, Integer::sum));
		return counts;
	}

	/** Writes the text as a new file of the test's folder and loads it as the command line does. */
	private Loaded load(String text) throws IOException, ModelFolder.MissingFileException {
		Path file = Files.createTempFile(folder, "ny", ".samverkan");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		ModelFolder models = injector.getInstance(ModelFolder.class);
		// only the new file: earlier ones of the same test are moved aside
		Path aside = Files.createDirectories(folder.resolve("aside"));
		try (var others = Files.list(folder)) {
			for (Path other : others.toList()) {
				if (!other.equals(file) && other.getFileName().toString().startsWith("ny")) {
					Files.move(other, aside.resolve(other.getFileName()));
				}
			}
		}
		models.load(List.of(file));
		Resource resource = models.requested().get(file);
		assertEquals(List.of(), resource.getErrors(), "syntax or link errors in\n" + text);
		List<Problem> problems = models.validate(file, CancelIndicator.NullImpl);
		return new Loaded(resource, problems);
	}

	private record Loaded(Resource resource, List<Problem> problems) {
		Model model() {
			return (Model) resource.getContents().get(0);
		}

		Agreement agreement(String name) {
			return model().getAgreements().stream().filter(a -> name.equals(a.getName())).findFirst()
					.orElseThrow(() -> new AssertionError("no agreement " + name));
		}

		List<String> errorCodes() {
			return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).map(Problem::code).toList();
		}
	}
}
