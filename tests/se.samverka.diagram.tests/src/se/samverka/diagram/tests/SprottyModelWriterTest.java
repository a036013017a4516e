/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.render.SprottyModelWriter;

/** The Sprotty model the workbench view shows: every box once, nested, placed relative to its parent. */
class SprottyModelWriterTest {

	@Test
	void everyBoxAppearsOnceWithItsPlaceRelativeToItsParent() {
		Diagram diagram = ExampleDiagrams.laidOut("botkyrka", "underavtal.samverkan", DiagramView.GOVERNANCE,
				DiagramFilter.NONE);
		JsonObject graph = JsonParser.parseString(SprottyModelWriter.write(diagram)).getAsJsonObject();
		assertEquals("graph", graph.get("type").getAsString());
		Map<String, JsonObject> boxes = new HashMap<>();
		Map<String, double[]> absolute = new HashMap<>();
		collect(graph.getAsJsonArray("children"), 0, 0, boxes, absolute);
		assertEquals(diagram.nodes().size(), boxes.size());
		for (DiagramNode node : diagram.nodes()) {
			double[] at = absolute.get(node.id());
			assertEquals(node.x(), at[0], 0.01, node.id());
			assertEquals(node.y(), at[1], 0.01, node.id());
			assertEquals(node.label(), boxes.get(node.id()).get("label").getAsString());
		}
		JsonObject brå = boxes.values().stream().filter(b -> b.get("kind").getAsString().equals("crime-prevention-council"))
				.findFirst().orElseThrow();
		assertTrue(brå.get("label").getAsString().contains("BRÅ"), "å, ä and ö pass as they are");
		assertTrue(brå.getAsJsonArray("findings").size() > 0, "findings travel with the box");
		long lines = graph.getAsJsonArray("children").asList().stream()
				.filter(c -> c.getAsJsonObject().get("type").getAsString().equals("line")).count();
		assertEquals(diagram.edges().size(), lines);
	}

	@Test
	void membersAreRowsAndARoleInSeveralBodiesHasOneHolder() {
		Diagram diagram = ExampleDiagrams.laidOut("botkyrka", "underavtal.samverkan", DiagramView.GOVERNANCE,
				DiagramFilter.NONE);
		JsonObject graph = JsonParser.parseString(SprottyModelWriter.write(diagram)).getAsJsonObject();
		Map<String, JsonObject> boxes = new HashMap<>();
		collect(graph.getAsJsonArray("children"), 0, 0, boxes, new HashMap<>());
		Map<String, java.util.Set<String>> bodiesOfHolder = new HashMap<>();
		for (DiagramNode node : diagram.nodes()) {
			JsonObject box = boxes.get(node.id());
			assertEquals(node.isRow(), box.has("row") && box.get("row").getAsBoolean(), node.id());
			if (node.kind().equals("member") && box.has("holder")) {
				bodiesOfHolder.computeIfAbsent(box.get("holder").getAsString(), h -> new java.util.HashSet<>())
						.add(node.parent().id());
			}
		}
		// Botkyrka's Säkerhetschef sits in the steering group, the working group, BRÅ and the central group
		String securityChief = diagram.nodes().stream()
				.filter(node -> node.kind().equals("member") && node.label().equals("Säkerhetschef"))
				.map(node -> boxes.get(node.id()).get("holder").getAsString()).findFirst().orElseThrow();
		assertTrue(bodiesOfHolder.get(securityChief).size() >= 4, bodiesOfHolder.get(securityChief).toString());
		assertTrue(bodiesOfHolder.values().stream().allMatch(bodies -> !bodies.isEmpty()));
	}

	private static void collect(JsonArray children, double x, double y, Map<String, JsonObject> boxes,
			Map<String, double[]> absolute) {
		for (JsonElement element : children) {
			JsonObject child = element.getAsJsonObject();
			if (!child.get("type").getAsString().equals("box")) {
				continue;
			}
			JsonObject position = child.getAsJsonObject("position");
			double[] at = { x + position.get("x").getAsDouble(), y + position.get("y").getAsDouble() };
			boxes.put(child.get("id").getAsString(), child);
			absolute.put(child.get("id").getAsString(), at);
			collect(child.getAsJsonArray("children"), at[0], at[1], boxes, absolute);
		}
	}
}
