/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.diagram.tests.LaidOutJson.label;
import static se.samverka.diagram.tests.LaidOutJson.strings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.model.NamedElement;
import se.samverka.model.Titled;
import se.samverka.model.derived.Titles;

/**
 * The text of the laid-out diagrams: boxes titled with what users call things, long titles
 * wrapped whole onto lines the box grew for, line labels that never cover a box, and the
 * communication levels in their order.
 */
class DiagramTextLayoutTest {

	/** Every view of the seed models and the traceability view of the promise documents. */
	private static List<Diagram> examples() {
		List<Diagram> diagrams = new ArrayList<>();
		for (DiagramView view : DiagramView.values()) {
			diagrams.add(ExampleDiagrams.laidOut("botkyrka", "underavtal.samverkan", view, DiagramFilter.NONE));
			diagrams.add(ExampleDiagrams.laidOut("jarva", "jarva.samverkan", view, DiagramFilter.NONE));
			diagrams.add(ExampleDiagrams.laidOut("spanga-tensta", "spanga-tensta.samverkan", view, DiagramFilter.NONE));
		}
		diagrams.add(ExampleDiagrams.laidOut("kungalv", "medborgarlofte-2018-2019.samverkan", DiagramView.TRACEABILITY,
				DiagramFilter.NONE));
		diagrams.add(ExampleDiagrams.laidOut("kungalv", "medborgarlofte-2020-2021.samverkan", DiagramView.TRACEABILITY,
				DiagramFilter.NONE));
		diagrams.add(ExampleDiagrams.laidOut("goteborg-centrum", "medborgarloften.samverkan", DiagramView.TRACEABILITY,
				DiagramFilter.NONE));
		return diagrams;
	}

	@Test
	void noLineLabelLiesOnABoxOrOnTheTitleOfAGroup() {
		for (Diagram example : examples()) {
			LaidOutJson diagram = new LaidOutJson(example);
			for (JsonObject edge : diagram.edges()) {
				assertTrue(edge.get("labelBox").isJsonObject(), example.title() + ": the layout placed " + edge);
				JsonObject labelBox = edge.getAsJsonObject("labelBox");
				for (JsonObject node : diagram.nodes()) {
					// a group's lines may run inside it, below its title; a box without nested boxes is all title
					double height = diagram.isGroup(node) ? node.get("titleHeight").getAsDouble()
							: node.get("height").getAsDouble();
					assertFalse(intersect(labelBox, node.get("x").getAsDouble(), node.get("y").getAsDouble(),
							node.get("width").getAsDouble(), height),
							example.title() + ": the label '" + edge.get("label").getAsString() + "' lies on '" + label(node)
									+ "'");
				}
			}
		}
	}

	@Test
	void boxesAreTitledWithWhatUsersCallThingsNotWithNamesInTheModel() {
		for (Diagram example : examples()) {
			for (DiagramNode node : example.nodes()) {
				String title = node.element() == null ? null : Titles.of(node.element());
				if (title != null) {
					assertTrue(node.label().contains(title), example.title() + ": '" + node.label() + "' is not titled " + title);
				} else if (node.element() instanceof NamedElement named && node.label().equals(named.getName())
						&& !node.label().equals(text(named))) {
					// only an element that could have a title but has none goes by its name
					assertTrue(named instanceof Titled,
							example.title() + ": '" + node.label() + "' is a name in the model, not what users call it");
				}
				assertFalse(node.label().contains("…"), example.title() + ": '" + node.label() + "' is cut");
			}
		}
		LaidOutJson botkyrka = new LaidOutJson(ExampleDiagrams.laidOut("botkyrka", "underavtal.samverkan",
				DiagramView.TRACEABILITY, DiagramFilter.NONE));
		assertEquals("Uppföljning av åtgärder", label(botkyrka.nodes("follow-up").get(0)));
		assertTrue(botkyrka.labelled("finding", "Tullinge: Bostadsinbrott").isPresent());
		assertEquals(List.of("Ansvarig: Närpolisområde Botkyrka, Botkyrka kommun"),
				strings(botkyrka.labelled("measure", "Medling").orElseThrow(), "details"),
				"who is responsible is written in the measure's box, not drawn as lines across the chain");
		assertTrue(botkyrka.nodes("party").isEmpty());
	}

	@Test
	void aLongTitleIsWrappedWholeOntoLinesTheBoxGrowsFor() {
		LaidOutJson botkyrka = new LaidOutJson(ExampleDiagrams.laidOut("botkyrka", "underavtal.samverkan",
				DiagramView.TRACEABILITY, DiagramFilter.NONE));
		String text = "Att polisen ökar sin förmedling av brottsutsatta personer till stödcentrum med 100% jämfört med 2013, "
				+ "dvs öka från 93 personer till minst 186 personer.";
		JsonObject goal = botkyrka.labelled("goal", text).orElseThrow(() -> new AssertionError("the goal's whole text"));
		List<String> lines = strings(goal, "titleLines");
		assertTrue(lines.size() >= 4, lines.toString());
		assertEquals(text, String.join(" ", lines));
		assertTrue(lines.stream().allMatch(line -> line.length() <= ElkLayoutEngine.MAX_LINE_CHARACTERS), lines.toString());
		double oneLine = ElkLayoutEngine.LABEL_TOP + ElkLayoutEngine.LINE_HEIGHT;
		assertTrue(goal.get("height").getAsDouble() >= oneLine + (lines.size() - 1) * ElkLayoutEngine.LINE_HEIGHT,
				"the box is as high as its lines: " + goal);
		assertTrue(goal.get("width").getAsDouble() <= ElkLayoutEngine.MAX_LINE_CHARACTERS * ElkLayoutEngine.CHARACTER_WIDTH + 24);
		assertEquals(List.of("93 → 186 personer"), strings(goal, "detailLines"));
	}

	@Test
	void theCommunicationLevelsStandInTheirOrder() {
		LaidOutJson jarva = new LaidOutJson(
				ExampleDiagrams.laidOut("jarva", "jarva.samverkan", DiagramView.COMMUNICATION, DiagramFilter.NONE));
		List<JsonObject> levels = jarva.nodes("level");
		assertEquals(4, levels.size());
		double spreadX = spread(levels.stream().mapToDouble(LaidOutJson::centreX).toArray());
		double spreadY = spread(levels.stream().mapToDouble(LaidOutJson::centreY).toArray());
		// a column read from the top, or a row read from the left
		Comparator<JsonObject> reading = spreadY >= spreadX ? Comparator.comparingDouble(LaidOutJson::centreY)
				: Comparator.comparingDouble(LaidOutJson::centreX);
		List<String> read = levels.stream().sorted(reading).map(level -> label(level).substring(0, 2)).toList();
		assertEquals(List.of("1.", "2.", "3.", "4."), read);
	}

	/** The element's own words (a promise's, goal's or activity's text), or null. */
	private static Object text(EObject element) {
		EStructuralFeature text = element.eClass().getEStructuralFeature("text");
		return text == null ? null : element.eGet(text);
	}

	private static double spread(double[] values) {
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (double value : values) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		return max - min;
	}

	private static boolean intersect(JsonObject box, double x, double y, double width, double height) {
		double bx = box.get("x").getAsDouble();
		double by = box.get("y").getAsDouble();
		return bx < x + width && x < bx + box.get("width").getAsDouble() && by < y + height
				&& y < by + box.get("height").getAsDouble();
	}
}
