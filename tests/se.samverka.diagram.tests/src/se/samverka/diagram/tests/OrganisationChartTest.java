/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.diagram.tests.LaidOutJson.id;
import static se.samverka.diagram.tests.LaidOutJson.label;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.diagram.pipeline.DiagramRequest;
import se.samverka.diagram.render.PngWriter;
import se.samverka.model.Model;
import se.samverka.validation.ModelValidator;

/**
 * The governance view as an organisation chart, checked on the laid-out JSON as a user's script
 * reads it: the steering group on top, no boxes on each other, few crossing lines, labels off the
 * titles, members listed inside their bodies, and the whole chart readable on one A4 page.
 */
class OrganisationChartTest {
	/** The body kinds of a governance chart. */
	static final Set<String> BODIES = Set.of("steering-group", "working-group", "preparatory-group",
			"crime-prevention-council", "cooperation-group", "area-group", "network-group", "other");
	/** A4 landscape in points, less a margin of 1 cm all round. */
	private static final double PAGE_WIDTH = 842 - 2 * 28.35;
	private static final double PAGE_HEIGHT = 595 - 2 * 28.35;
	/** The smallest text a printed chart may have, in points. */
	private static final double SMALLEST_TEXT = 7;
	/** The font size of box titles and rows, in the diagram's units (see the SVG writer). */
	private static final double BOX_FONT = 11;

	@Test
	void botkyrkasSteeringGroupIsTheTopmostBox() {
		LaidOutJson chart = governance("botkyrka", "underavtal.samverkan");
		JsonObject steering = chart.nodes("steering-group").get(0);
		double bottom = steering.get("y").getAsDouble() + steering.get("height").getAsDouble();
		for (JsonObject body : bodies(chart)) {
			if (body != steering) {
				assertTrue(body.get("y").getAsDouble() >= bottom, label(body) + " stands beside or above the steering group");
			}
		}
	}

	@Test
	void botkyrkasLevelsReadFromTheTop() {
		LaidOutJson chart = governance("botkyrka", "underavtal.samverkan");
		double steering = bottom(chart.nodes("steering-group").get(0));
		double working = chart.nodes("working-group").get(0).get("y").getAsDouble();
		assertTrue(working > steering, "the working group stands under the steering group");
		double level1 = bottom(chart.nodes("working-group").get(0));
		for (String kind : List.of("crime-prevention-council", "cooperation-group")) {
			assertEquals(working, chart.nodes(kind).get(0).get("y").getAsDouble(), 0.5, kind + " stands beside the working group");
			level1 = Math.max(level1, bottom(chart.nodes(kind).get(0)));
		}
		List<JsonObject> areaGroups = chart.nodes("area-group");
		assertEquals(5, areaGroups.size());
		double row = areaGroups.get(0).get("y").getAsDouble();
		for (JsonObject areaGroup : areaGroups) {
			assertTrue(areaGroup.get("y").getAsDouble() > level1, label(areaGroup) + " stands under the working group");
			assertEquals(row, areaGroup.get("y").getAsDouble(), 0.5, "the area groups stand side by side");
		}
		for (JsonObject network : chart.nodes("network-group")) {
			JsonObject areaGroup = chart.node(network.get("parent").getAsString());
			assertEquals("area-group", areaGroup.get("kind").getAsString());
			assertTrue(network.get("y").getAsDouble() > areaGroup.get("y").getAsDouble() + areaGroup.get("titleHeight").getAsDouble());
		}
		for (JsonObject edge : chart.edges()) {
			if (edge.get("kind").getAsString().equals("reports-to")) {
				JsonArray points = edge.getAsJsonArray("points");
				double start = points.get(0).getAsJsonArray().get(1).getAsDouble();
				double end = points.get(points.size() - 1).getAsJsonArray().get(1).getAsDouble();
				assertTrue(end < start, "reporting points up the chart: " + edge);
			}
		}
	}

	@Test
	void membersAreListedInsideTheirBodyWithTheirPartysColour() {
		Diagram diagram = ExampleDiagrams.laidOut("botkyrka", "underavtal.samverkan", DiagramView.GOVERNANCE,
				DiagramFilter.NONE);
		LaidOutJson chart = new LaidOutJson(diagram);
		JsonObject steering = chart.nodes("steering-group").get(0);
		List<String> members = chart.nodes("member").stream()
				.filter(member -> member.get("parent").getAsString().equals(id(steering))).map(LaidOutJson::label).toList();
		assertEquals(List.of("Polismästare", "Kommundirektör", "Närpolisområdeschef", "Säkerhetschef",
				"Samordnare, Närpolisområde Botkyrka", "Samordnare, Botkyrka kommun"), members);
		assertTrue(chart.edges().stream().noneMatch(edge -> edge.get("kind").getAsString().equals("member")),
				"no membership lines");
		assertTrue(chart.nodes("role").isEmpty(), "no role boxes");
		for (JsonObject member : chart.nodes("member")) {
			JsonObject body = chart.node(member.get("parent").getAsString());
			assertTrue(member.get("row").getAsBoolean());
			assertTrue(member.get("y").getAsDouble() >= body.get("y").getAsDouble() + body.get("titleHeight").getAsDouble() - 0.5
					&& bottom(member) <= bottom(body) + 0.5
					&& member.get("x").getAsDouble() >= body.get("x").getAsDouble()
					&& member.get("x").getAsDouble() + member.get("width").getAsDouble() <= body.get("x").getAsDouble()
							+ body.get("width").getAsDouble(),
					label(member) + " is listed inside " + label(body) + ", under its title");
		}
		var polisen = diagram.nodes().stream().filter(n -> n.kind().equals("party")).findFirst().orElseThrow();
		var police = diagram.nodes().stream().filter(n -> n.label().equals("Polismästare")).findFirst().orElseThrow();
		assertEquals(polisen.colour(), police.colour(), "a member wears the colour of the party in the legend");
		assertFalse(diagram.nodes().stream().filter(n -> n.kind().equals("party")).map(n -> n.colour()).distinct()
				.count() < 2, "each party its colour");
	}

	/**
	 * Who leads a body and who appoints its chair are lines, from the row where that role sits in
	 * another body: Botkyrka's security coordinator (in BRÅ) leads the central group, the municipal
	 * director (in the steering group) appoints the chair of each of the five area groups. Each line
	 * leaves its row at the row's height and goes through no box but the groups that hold its ends.
	 */
	@Test
	void leadingAndAppointingAreLinesFromTheRoleInAnotherBody() {
		LaidOutJson chart = governance("botkyrka", "underavtal.samverkan");
		List<JsonObject> leads = chart.edges().stream().filter(edge -> edge.get("kind").getAsString().equals("leads")).toList();
		List<JsonObject> appoints = chart.edges().stream()
				.filter(edge -> edge.get("kind").getAsString().equals("appoints")).toList();
		assertEquals(1, leads.size(), "one body is led by a role");
		assertEquals("Trygghetssamordnare", label(chart.node(leads.get(0).get("source").getAsString())));
		assertEquals("Botkyrkas brottsförebyggande råd (lokala BRÅ)",
				label(chart.node(chart.node(leads.get(0).get("source").getAsString()).get("parent").getAsString())));
		assertEquals("Centrala samverkansgruppen för trygghetsfrågor", label(chart.node(leads.get(0).get("target").getAsString())));
		assertEquals(5, appoints.size(), "the chair of each area group is appointed");
		for (JsonObject line : appoints) {
			JsonObject row = chart.node(line.get("source").getAsString());
			assertEquals("Kommundirektör", label(row));
			assertEquals("steering-group", chart.node(row.get("parent").getAsString()).get("kind").getAsString());
			assertEquals("area-group", chart.node(line.get("target").getAsString()).get("kind").getAsString());
		}
		List<JsonObject> lines = new ArrayList<>(leads);
		lines.addAll(appoints);
		for (JsonObject line : lines) {
			JsonObject row = chart.node(line.get("source").getAsString());
			JsonObject target = chart.node(line.get("target").getAsString());
			JsonArray points = line.getAsJsonArray("points");
			double startY = points.get(0).getAsJsonArray().get(1).getAsDouble();
			assertTrue(startY > row.get("y").getAsDouble() && startY < bottom(row), label(line) + " leaves its row");
			JsonArray end = points.get(points.size() - 1).getAsJsonArray();
			assertTrue(onBorder(target, end.get(0).getAsDouble(), end.get(1).getAsDouble()),
					label(line) + " ends on the border of " + label(target));
			for (JsonObject box : chart.nodes()) {
				if (box.get("row").getAsBoolean() || box == target || nests(chart, box, target) || nests(chart, box, row)) {
					continue;
				}
				for (int i = 0; i + 1 < points.size(); i++) {
					assertFalse(passesThrough(box, points.get(i).getAsJsonArray(), points.get(i + 1).getAsJsonArray()),
							label(line) + " to " + label(target) + " passes through " + label(box));
				}
			}
		}
	}

	private static boolean onBorder(JsonObject box, double x, double y) {
		double left = box.get("x").getAsDouble();
		double top = box.get("y").getAsDouble();
		double right = left + box.get("width").getAsDouble();
		double bottom = top + box.get("height").getAsDouble();
		boolean within = x >= left - 0.5 && x <= right + 0.5 && y >= top - 0.5 && y <= bottom + 0.5;
		return within && (Math.abs(x - left) < 0.5 || Math.abs(x - right) < 0.5 || Math.abs(y - top) < 0.5
				|| Math.abs(y - bottom) < 0.5);
	}

	/** Whether a horizontal or vertical segment runs through the inside of a box. */
	private static boolean passesThrough(JsonObject box, JsonArray from, JsonArray to) {
		double x1 = Math.min(from.get(0).getAsDouble(), to.get(0).getAsDouble());
		double x2 = Math.max(from.get(0).getAsDouble(), to.get(0).getAsDouble());
		double y1 = Math.min(from.get(1).getAsDouble(), to.get(1).getAsDouble());
		double y2 = Math.max(from.get(1).getAsDouble(), to.get(1).getAsDouble());
		double left = box.get("x").getAsDouble();
		double top = box.get("y").getAsDouble();
		return x2 > left + 0.5 && x1 < left + box.get("width").getAsDouble() - 0.5 && y2 > top + 0.5
				&& y1 < top + box.get("height").getAsDouble() - 0.5;
	}

	@Test
	void noTwoBoxesOfBotkyrkasChartOverlap() {
		LaidOutJson chart = governance("botkyrka", "underavtal.samverkan");
		List<JsonObject> nodes = chart.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				JsonObject a = nodes.get(i);
				JsonObject b = nodes.get(j);
				if (!nests(chart, a, b) && !nests(chart, b, a)) {
					assertFalse(overlap(a, b), label(a) + " overlaps " + label(b));
				}
			}
		}
	}

	@Test
	void botkyrkasLinesCrossAtMostThreeTimes() {
		LaidOutJson chart = governance("botkyrka", "underavtal.samverkan");
		int crossings = crossings(chart);
		assertTrue(crossings <= 3, crossings + " crossings");
	}

	@Test
	void noLineLabelLiesOnTheTitleOfABox() {
		LaidOutJson chart = governance("botkyrka", "underavtal.samverkan");
		for (JsonObject edge : chart.edges()) {
			JsonObject labelBox = edge.getAsJsonObject("labelBox");
			for (JsonObject node : chart.nodes()) {
				double[] title = { node.get("x").getAsDouble(), node.get("y").getAsDouble(), node.get("width").getAsDouble(),
						node.get("titleHeight").getAsDouble() };
				assertFalse(intersect(labelBox, title), label(edge) + " lies on the title of " + label(node));
			}
		}
	}

	/**
	 * Printed on A4 landscape, scaled to fit, the chart's text is 7 pt or more; or, when the whole
	 * chart does not fit, its overview and each of its area group pages do.
	 */
	@Test
	void botkyrkasChartPrintsOnA4LandscapeWithTextOfSevenPointsOrMore() {
		DiagramRequest request = request("botkyrka", "underavtal.samverkan");
		Diagram whole = DiagramPipeline.laidOut(request);
		if (printedText(whole) >= SMALLEST_TEXT) {
			return;
		}
		List<Diagram> pages = DiagramPipeline.pages(request);
		assertEquals(1 + 5, pages.size(), "an overview and a page per area group");
		assertTrue(pages.get(0).nodes().stream().noneMatch(node -> node.kind().equals("network-group")),
				"the overview leaves the network groups to the area groups' pages");
		assertEquals(5, pages.get(0).nodes().stream().filter(node -> node.kind().equals("area-group")).count());
		for (Diagram page : pages) {
			assertTrue(printedText(page) >= SMALLEST_TEXT,
					String.format("%s: text of %.1f pt on A4 (%.0f × %.0f px)", page.title(), printedText(page),
							extent(page)[0], extent(page)[1]));
		}
		for (Diagram page : pages.subList(1, pages.size())) {
			assertEquals(1, page.nodes().stream().filter(node -> node.kind().equals("network-group")).count(), page.title());
			assertTrue(page.nodes().stream().anyMatch(node -> node.kind().equals("member")), page.title());
		}
	}

	/** The width and height of the laid-out diagram's boxes, from the origin. */
	private static double[] extent(Diagram diagram) {
		double width = 0;
		double height = 0;
		for (DiagramNode node : diagram.nodes()) {
			width = Math.max(width, node.x() + node.width());
			height = Math.max(height, node.y() + node.height());
		}
		return new double[] { width, height };
	}

	/** The size of the smallest text of the laid-out diagram, in points, on A4 landscape scaled to fit. */
	private static double printedText(Diagram diagram) {
		double width = extent(diagram)[0];
		double height = extent(diagram)[1];
		double scale = Math.min(1, Math.min(PAGE_WIDTH / width, PAGE_HEIGHT / height));
		double smallest = diagram.edges().isEmpty() ? BOX_FONT
				: Math.min(BOX_FONT, ElkLayoutEngine.edgeLabelFont(diagram));
		return smallest * scale;
	}

	private static DiagramRequest request(String folder, String file) {
		Model model = ExampleDiagrams.model(folder, file);
		return new DiagramRequest(model.getAgreements().get(0), DiagramView.GOVERNANCE, DiagramFilter.NONE,
				new ModelValidator().validate(model).findings());
	}

	@Test
	void jarvaAndSpangaTenstaAreWellFormedCharts() {
		for (String[] example : new String[][] { { "jarva", "jarva.samverkan" },
				{ "spanga-tensta", "spanga-tensta.samverkan" }, { "botkyrka", "underavtal.samverkan" } }) {
			LaidOutJson chart = governance(example[0], example[1]);
			List<JsonObject> bodies = bodies(chart);
			assertFalse(bodies.isEmpty(), example[0]);
			for (JsonObject steering : chart.nodes("steering-group")) {
				for (JsonObject body : bodies) {
					if (body != steering && !body.get("kind").getAsString().equals("steering-group")) {
						assertTrue(body.get("y").getAsDouble() >= bottom(steering), example[0] + ": " + label(body));
					}
				}
			}
			for (JsonObject a : chart.nodes()) {
				assertTrue(a.get("width").getAsDouble() > 0 && a.get("height").getAsDouble() > 0, label(a));
				for (JsonObject b : chart.nodes()) {
					if (a != b && !nests(chart, a, b) && !nests(chart, b, a)) {
						assertFalse(overlap(a, b), example[0] + ": " + label(a) + " overlaps " + label(b));
					}
				}
			}
			for (JsonObject edge : chart.edges()) {
				assertTrue(edge.getAsJsonArray("points").size() >= 2, example[0] + ": " + edge);
			}
		}
	}

	/** Draws the three charts into target/charts, for a reader to look at. */
	@Test
	void theChartsAreDrawn() throws Exception {
		Path folder = Files.createDirectories(Path.of("target", "charts"));
		for (String[] example : new String[][] { { "jarva", "jarva.samverkan" },
				{ "spanga-tensta", "spanga-tensta.samverkan" }, { "botkyrka", "underavtal.samverkan" } }) {
			Path png = folder.resolve(example[0] + ".png");
			try (OutputStream out = Files.newOutputStream(png)) {
				PngWriter.write(ExampleDiagrams.laidOut(example[0], example[1], DiagramView.GOVERNANCE, DiagramFilter.NONE),
						out);
			}
			assertTrue(Files.size(png) > 1000, png.toString());
		}
	}

	/** How many times two segments of different lines cross. */
	static int crossings(LaidOutJson chart) {
		List<double[]> segments = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		List<JsonObject> edges = chart.edges();
		for (int e = 0; e < edges.size(); e++) {
			JsonArray points = edges.get(e).getAsJsonArray("points");
			for (int i = 0; i + 1 < points.size(); i++) {
				JsonArray a = points.get(i).getAsJsonArray();
				JsonArray b = points.get(i + 1).getAsJsonArray();
				segments.add(new double[] { a.get(0).getAsDouble(), a.get(1).getAsDouble(), b.get(0).getAsDouble(),
						b.get(1).getAsDouble() });
				owners.add(e);
			}
		}
		int crossings = 0;
		for (int i = 0; i < segments.size(); i++) {
			for (int j = i + 1; j < segments.size(); j++) {
				if (!owners.get(i).equals(owners.get(j)) && cross(segments.get(i), segments.get(j))) {
					crossings++;
				}
			}
		}
		return crossings;
	}

	/** Two segments cross at a point inside both (lines that merely touch or share an end do not). */
	private static boolean cross(double[] s, double[] t) {
		double d1 = side(t, s[0], s[1]);
		double d2 = side(t, s[2], s[3]);
		double d3 = side(s, t[0], t[1]);
		double d4 = side(s, t[2], t[3]);
		return d1 * d2 < 0 && d3 * d4 < 0;
	}

	private static double side(double[] segment, double x, double y) {
		double value = (segment[2] - segment[0]) * (y - segment[1]) - (segment[3] - segment[1]) * (x - segment[0]);
		return Math.abs(value) < 1e-6 ? 0 : value;
	}

	static LaidOutJson governance(String folder, String file) {
		return new LaidOutJson(ExampleDiagrams.laidOut(folder, file, DiagramView.GOVERNANCE, DiagramFilter.NONE));
	}

	static List<JsonObject> bodies(LaidOutJson chart) {
		return chart.nodes().stream().filter(node -> BODIES.contains(node.get("kind").getAsString())).toList();
	}

	private static double bottom(JsonObject node) {
		return node.get("y").getAsDouble() + node.get("height").getAsDouble();
	}

	/** Whether the box {@code inner} is nested, at any depth, in {@code outer}. */
	private static boolean nests(LaidOutJson chart, JsonObject outer, JsonObject inner) {
		for (JsonObject node = inner; !node.get("parent").isJsonNull();) {
			node = chart.node(node.get("parent").getAsString());
			if (id(node).equals(id(outer))) {
				return true;
			}
		}
		return false;
	}

	private static boolean overlap(JsonObject a, JsonObject b) {
		return intersect(a, new double[] { b.get("x").getAsDouble(), b.get("y").getAsDouble(),
				b.get("width").getAsDouble(), b.get("height").getAsDouble() });
	}

	private static boolean intersect(JsonObject box, double[] other) {
		double x = box.get("x").getAsDouble();
		double y = box.get("y").getAsDouble();
		return x < other[0] + other[2] && other[0] < x + box.get("width").getAsDouble() && y < other[1] + other[3]
				&& other[1] < y + box.get("height").getAsDouble();
	}
}
