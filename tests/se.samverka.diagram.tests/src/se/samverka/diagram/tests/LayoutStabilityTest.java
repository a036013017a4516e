/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.diagram.pipeline.DiagramRequest;
import se.samverka.model.Model;
import se.samverka.validation.ModelValidator;

/**
 * The governance chart stays in place while the agreement is edited: after a small change of
 * Botkyrka's text, laid out with the last layout given, at least 90 % of the boxes the change
 * does not concern move less than 10 px.
 */
class LayoutStabilityTest {
	private static final String FILE = "underavtal.samverkan";

	@TempDir
	Path folder;

	@Test
	void aMemberAddedToTheWorkingGroupMovesNothingElse() throws IOException {
		assertStable("		medlem Säkerhetschef\n		medlem representanter för Kommunen \"Representanter från kommunens förvaltningar\"\n		medlem representanter för Polisen, Räddningstjänsten",
				"		medlem Säkerhetschef\n		medlem Socialchef\n		medlem representanter för Kommunen \"Representanter från kommunens förvaltningar\"\n		medlem representanter för Polisen, Räddningstjänsten",
				Set.of("working-group:Arbetsgruppen"));
	}

	@Test
	void aBodyRenamedMovesNothingElse() throws IOException {
		assertStable("samverkansgrupp CentralaSamverkansgruppen \"Centrala samverkansgruppen för trygghetsfrågor\"",
				"samverkansgrupp CentralaSamverkansgruppen \"Centrala trygghetsgruppen\"",
				Set.of("cooperation-group:CentralaSamverkansgruppen"));
	}

	@Test
	void anAreaGroupAddedMovesNothingElse() throws IOException {
		assertStable("		områdesgrupp OmrådesgruppAlby \"Områdesgrupp Alby\" {",
				"		områdesgrupp OmrådesgruppStorvreten \"Områdesgrupp Storvreten\" {\n			område Alby\n		}\n"
						+ "		områdesgrupp OmrådesgruppAlby \"Områdesgrupp Alby\" {",
				Set.of("area-group:OmrådesgruppStorvreten", "other:Områdesgrupperna"));
	}

	@Test
	void aLineChangedMovesNothingElse() throws IOException {
		String last = "		medlem representanter \"Andra kompetenser\" adjungerad efter behov\n";
		Diagram second = assertStable(last, last + "		rapporterar till Styrgruppen\n",
				Set.of("crime-prevention-council:BRÅ"));
		DiagramEdge line = second.edges().stream()
				.filter(edge -> edge.source().id().equals("crime-prevention-council:BRÅ") && edge.kind().equals("reports-to"))
				.findFirst().orElseThrow();
		assertTrue(line.points().size() >= 2, "the new line is drawn");
		DiagramNode steering = second.node("steering-group:Styrgruppen").orElseThrow();
		double[] end = line.points().get(line.points().size() - 1);
		assertEquals(steering.y() + steering.height(), end[1], 0.5, "it ends under the steering group");
	}

	/**
	 * Lays Botkyrka's chart out, edits the text, lays it out again after the first layout and
	 * checks how far the boxes the change does not concern (nor their rows) moved.
	 */
	private Diagram assertStable(String before, String after, Set<String> concerned) throws IOException {
		Path original = ExampleDiagrams.examples().resolve("botkyrka");
		try (Stream<Path> files = Files.list(original)) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		Path edited = folder.resolve(FILE);
		String text = Files.readString(edited);
		assertTrue(text.contains(before), "the example still reads " + before);
		Diagram first = laidOut(edited, null);
		Files.writeString(edited, text.replace(before, after));
		Diagram second = laidOut(edited, first);
		assertTrue(second.nodes().size() != first.nodes().size() || !first.nodes().stream()
				.map(DiagramNode::label).toList().equals(second.nodes().stream().map(DiagramNode::label).toList())
				|| first.edges().size() != second.edges().size(), "the edit changed the chart");
		Map<String, DiagramNode> previous = new HashMap<>();
		first.nodes().forEach(node -> previous.put(node.id(), node));
		int unaffected = 0;
		int stayed = 0;
		StringBuilder moved = new StringBuilder();
		for (DiagramNode node : second.nodes()) {
			DiagramNode old = previous.get(node.id());
			if (old == null || isConcerned(node, concerned)) {
				continue;
			}
			unaffected++;
			double distance = Math.hypot(node.x() - old.x(), node.y() - old.y());
			if (distance < 10) {
				stayed++;
			} else {
				moved.append(String.format("%n  %s moved %.0f px", node.id(), distance));
			}
		}
		assertTrue(unaffected > 20, "Botkyrka's chart has boxes enough to measure: " + unaffected);
		assertTrue(stayed >= 0.9 * unaffected, stayed + " of " + unaffected + " boxes stayed" + moved);
		return second;
	}

	/** A box the change concerns, or one of its rows (the boxes nested in it are not concerned). */
	private static boolean isConcerned(DiagramNode node, Set<String> concerned) {
		return concerned.contains(node.id()) || node.isRow() && concerned.contains(node.parent().id());
	}

	private static Diagram laidOut(Path file, Diagram previous) {
		Model model = ExampleDiagrams.model(file);
		assertEquals(1, model.getAgreements().size(), file.toString());
		return DiagramPipeline.laidOut(new DiagramRequest(model.getAgreements().get(0), DiagramView.GOVERNANCE,
				DiagramFilter.NONE, new ModelValidator().validate(model).findings(), previous));
	}
}
