/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.diagram.tests.LaidOutJson.centreX;
import static se.samverka.diagram.tests.LaidOutJson.label;
import static se.samverka.diagram.tests.LaidOutJson.strings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.diagram.pipeline.DiagramRequest;
import se.samverka.diagram.render.SvgWriter;
import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.CitizenPromise;
import se.samverka.model.FollowUpPlan;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.Outcome;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.time.PartialDate;
import se.samverka.model.Model;

/**
 * The traceability view of a promise document, checked on the laid-out diagram as
 * {@code samverka diagram --format json} writes it: the chain problem → promise → goal → outcome
 * from left to right, the outcome's period, status and traffic light, and every promise by its text.
 */
class PromiseTraceabilityTest {

	@Test
	void everyPromiseDocumentOfTheExamplesDrawsEachPromiseByItsWholeText() throws IOException {
		List<String> documents = new ArrayList<>();
		try (Stream<Path> files = Files.walk(ExampleDiagrams.examples())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".samverkan")).sorted().toList()) {
				Model model = ExampleDiagrams.model(file.getParent().getFileName().toString(), file.getFileName().toString());
				for (Agreement agreement : model.getAgreements()) {
					if (agreement.getKind() != AgreementKind.CITIZEN_PROMISE) {
						continue;
					}
					documents.add(agreement.getName());
					LaidOutJson diagram = new LaidOutJson(
							ExampleDiagrams.laidOut(model, agreement, DiagramView.TRACEABILITY, DiagramFilter.NONE));
					assertFalse(diagram.nodes().isEmpty(), agreement.getName() + " draws nothing");
					assertEquals(agreement.getPromises().size(), diagram.nodes("promise").size(), agreement.getName());
					for (CitizenPromise promise : agreement.getPromises()) {
						JsonObject box = diagram.labelled("promise", promise.getText()).orElseThrow(
								() -> new AssertionError(agreement.getName() + ": no box for " + promise.getText()));
						assertEquals(promise.getText(), String.join(" ", strings(box, "titleLines")),
								"the text is wrapped, not cut");
					}
				}
			}
		}
		assertTrue(documents.containsAll(List.of("Kungälv2017", "Kungälv2018", "Kungälv2020", "Centrum2017",
				"Centrum2018", "Centrum2019", "StadsområdeCentrumLöfte")), documents.toString());
	}

	@Test
	void kungalv2018RunsFromWhatResidentsSaidToTheOutcomeLeftToRight() {
		LaidOutJson diagram = kungalv2018();
		assertEquals(18, diagram.nodes().size());
		assertEquals(5, diagram.nodes("promise").size());
		assertEquals(3, diagram.nodes("problem").size());
		assertEquals(2, diagram.nodes("finding").size());
		assertEquals(5, diagram.nodes("activity").size());
		assertEquals(1, diagram.nodes("goal").size());
		assertEquals(2, diagram.nodes("outcome").size());

		JsonObject observation = diagram
				.labelled("finding", "Nordmannatorget och Komarken är de platser invånarna upplever som mest otrygga")
				.orElseThrow();
		JsonObject problem = only(diagram.next(observation));
		assertEquals("Otrygghet vid Nordmannatorget och Komarken", label(problem));
		JsonObject patrols = diagram.next(problem).stream()
				.filter(p -> label(p).startsWith("Fler poliser på Nordmannatorget")).findFirst().orElseThrow();
		assertEquals("promise", patrols.get("kind").getAsString());
		assertTrue(strings(patrols, "details").contains("Var: Nordmannatorget, Komarken"), patrols.toString());
		JsonObject goal = only(diagram.next(patrols));
		assertEquals("Fotpatrullering", label(goal));
		assertEquals(List.of("minst 200 tillfällen"), strings(goal, "details"));
		JsonObject outcome = only(diagram.next(goal));
		assertEquals("Utfall oktober 2018 – oktober 2019", label(outcome));
		assertEquals("green", outcome.get("trafficLight").getAsString());
		assertEquals(List.of("genomfört", "Värde: minst 200 tillfällen"), strings(outcome, "details"));

		List<JsonObject> chain = List.of(observation, problem, patrols, goal, outcome);
		for (int i = 1; i < chain.size(); i++) {
			assertTrue(centreX(chain.get(i - 1)) < centreX(chain.get(i)),
					label(chain.get(i - 1)) + " is left of " + label(chain.get(i)));
		}

		JsonObject camera = diagram.nodes("promise").stream()
				.filter(p -> label(p).startsWith("Vi ska arbeta för en permanent kameraövervakning")).findFirst().orElseThrow();
		JsonObject cameraOutcome = only(diagram.next(camera));
		assertEquals("yellow", cameraOutcome.get("trafficLight").getAsString());
		assertEquals("pågår", strings(cameraOutcome, "details").get(0));

		JsonObject environment = diagram.nodes("promise").stream()
				.filter(p -> label(p).startsWith("Den fysiska miljön")).findFirst().orElseThrow();
		assertEquals(List.of("Minska nedskräpningen", "Åtgärda belysning", "Öka insynen"),
				diagram.next(environment).stream().map(LaidOutJson::label).sorted().toList());
	}

	@Test
	void everyLineOfThePromiseChainRunsFromLeftToRight() {
		LaidOutJson diagram = kungalv2018();
		for (JsonObject edge : diagram.edges()) {
			JsonObject source = diagram.node(edge.get("source").getAsString());
			JsonObject target = diagram.node(edge.get("target").getAsString());
			assertTrue(centreX(source) < centreX(target), label(source) + " → " + label(target));
		}
	}

	@Test
	void goteborg2017HasAnOutcomePerPromiseForTheYearWithItsValue() {
		Model model = ExampleDiagrams.model("goteborg-centrum", "medborgarloften.samverkan");
		Agreement centrum2017 = model.getAgreements().stream().filter(a -> a.getName().equals("Centrum2017")).findFirst()
				.orElseThrow();
		Diagram laidOut = ExampleDiagrams.laidOut(model, centrum2017, DiagramView.TRACEABILITY, DiagramFilter.NONE);
		LaidOutJson diagram = new LaidOutJson(laidOut);
		List<JsonObject> outcomes = diagram.nodes("outcome");
		assertEquals(3, outcomes.size());
		for (JsonObject outcome : outcomes) {
			assertEquals("Utfall 2017", label(outcome));
			assertEquals("green", outcome.get("trafficLight").getAsString());
			assertEquals("genomfört", strings(outcome, "details").get(0));
		}
		JsonObject visible = diagram.labelled("goal", "Synlig närvaro").orElseThrow();
		assertEquals(List.of("minst 100 tillfällen"), strings(visible, "details"));
		assertTrue(strings(only(diagram.next(visible)), "details").contains("Värde: minst 700 tillfällen"));
		JsonObject presence = diagram.nodes("promise").stream()
				.filter(p -> label(p).startsWith("Förstärkt polisiär närvaro")).findFirst().orElseThrow();
		assertTrue(diagram.next(presence).stream().anyMatch(n -> n.get("kind").getAsString().equals("outcome")),
				"a promise without goals has its outcome itself");
		String svg = SvgWriter.write(laidOut);
		assertTrue(svg.contains("fill=\"#bfe6bf\""), "a green outcome is drawn green");
	}

	@Test
	void anOutcomeWithOnlyATrafficLightSaysItInWordsAndAPromiseThatAnswersNothingIsAGap() {
		SamverkaFactory factory = SamverkaFactory.eINSTANCE;
		Agreement document = factory.createAgreement();
		document.setName("Löfte2025");
		document.setKind(AgreementKind.CITIZEN_PROMISE);
		CitizenPromise promise = factory.createCitizenPromise();
		promise.setName("Trygghetsvandringar");
		promise.setText("Minst fyra trygghetsvandringar i varje stadsdel under året.");
		document.getPromises().add(promise);
		FollowUpPlan plan = factory.createFollowUpPlan();
		Outcome outcome = factory.createOutcome();
		outcome.setSubject(promise);
		outcome.setPeriod(PartialDate.parse("2025"));
		outcome.setStatus(FollowUpStatus.RED);
		plan.getOutcomes().add(outcome);
		document.setFollowUpPlan(plan);

		LaidOutJson diagram = new LaidOutJson(DiagramPipeline
				.laidOut(new DiagramRequest(document, DiagramView.TRACEABILITY, DiagramFilter.NONE, List.of())));
		JsonObject box = diagram.labelled("promise", promise.getText()).orElseThrow();
		assertTrue(box.get("gap").getAsBoolean(), "a promise that answers no problem is a gap");
		JsonObject red = only(diagram.next(box));
		assertEquals("Utfall 2025", label(red));
		assertEquals("red", red.get("trafficLight").getAsString());
		assertEquals(List.of("rött"), strings(red, "details"));
	}

	private static LaidOutJson kungalv2018() {
		Model model = ExampleDiagrams.model("kungalv", "medborgarlofte-2018-2019.samverkan");
		return new LaidOutJson(
				ExampleDiagrams.laidOut(model, model.getAgreements().get(0), DiagramView.TRACEABILITY, DiagramFilter.NONE));
	}

	private static JsonObject only(List<JsonObject> nodes) {
		assertEquals(1, nodes.size(), nodes.toString());
		return nodes.get(0);
	}
}
