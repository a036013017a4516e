/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.model.EdgeKinds;
import se.samverka.diagram.model.NodeKinds;

/**
 * A diagram told in words, for a reader who cannot see it (the alternative text of a printed
 * diagram): an organisation chart from the top down, a traceability chain priority area by
 * priority area, any other diagram by what it holds. Made from the diagram itself, so it says
 * what the picture shows, in the language of the document.
 */
public final class DiagramDescription {
	/** More names than this in one list are counted rather than read out. */
	private static final int NAMES_READ_OUT = 8;

	private DiagramDescription() {
	}

	/** The view's diagram (or one printed page of it) in one or a few sentences. */
	public static String of(DiagramView view, Diagram diagram) {
		return switch (view) {
		case GOVERNANCE -> DiagramTexts.get("describe.governance", chart(diagram));
		case TRACEABILITY -> DiagramTexts.get("describe.traceability", chain(diagram));
		case COMMUNICATION -> DiagramTexts.get("describe.communication", contents(boxes(diagram.root())));
		};
	}

	/** The chart level by level from the top: "överst A; under den B och C; under dem D med …", then the parties. */
	private static String chart(Diagram diagram) {
		Map<Integer, List<DiagramNode>> levels = new TreeMap<>();
		DiagramNode legend = null;
		for (DiagramNode node : boxes(diagram.root())) {
			if (NodeKinds.LEGEND.equals(node.kind())) {
				legend = node;
			} else {
				levels.computeIfAbsent(node.level() == null ? Integer.MAX_VALUE : node.level(), l -> new ArrayList<>())
						.add(node);
			}
		}
		List<String> parts = new ArrayList<>();
		List<DiagramNode> above = null;
		for (Map.Entry<Integer, List<DiagramNode>> level : levels.entrySet()) {
			List<DiagramNode> bodies = level.getValue();
			if (level.getKey() == Integer.MAX_VALUE) {
				// bodies the chart does not rank: beside the others, or side by side when none is ranked
				String unranked = and(bodies.stream().map(DiagramDescription::body).toList());
				parts.add(above == null ? contents(bodies) : DiagramTexts.get("describe.beside", unranked));
				continue;
			}
			String text = and(bodies.stream().map(DiagramDescription::body).toList());
			parts.add(above == null ? DiagramTexts.get("describe.top", text)
					: DiagramTexts.get(above.size() == 1 ? "describe.belowOne" : "describe.belowMany", text));
			above = bodies;
		}
		List<String> parties = legend == null ? List.of()
				: legend.children().stream().filter(n -> NodeKinds.PARTY.equals(n.kind())).map(DiagramNode::label).toList();
		if (parts.isEmpty()) {
			return DiagramTexts.get("describe.partiesOnly", and(parties));
		}
		String text = String.join("; ", parts);
		return parties.isEmpty() ? text : text + ". " + DiagramTexts.get("describe.parties", and(parties));
	}

	/** A body with the number of its members and the groups it holds: "Områdesgrupperna med fem områdesgrupper (…)". */
	private static String body(DiagramNode node) {
		List<String> holds = new ArrayList<>();
		long members = node.children().stream().filter(n -> n.isRow() && NodeKinds.MEMBER.equals(n.kind())).count();
		if (members > 0) {
			holds.add(count(NodeKinds.MEMBER, (int) members));
		}
		for (List<DiagramNode> group : byKind(boxes(node)).values()) {
			String text = count(group.get(0).kind(), group.size()) + " (" + names(group) + ")";
			String each = eachHolds(group);
			holds.add(each == null ? text : text + DiagramTexts.get("describe.eachWith", each));
		}
		return holds.isEmpty() ? node.label() : DiagramTexts.get("describe.with", node.label(), and(holds));
	}

	/** "en nätverksgrupp" when each of the boxes holds exactly one box of the same kind, else null. */
	private static String eachHolds(List<DiagramNode> group) {
		if (group.size() < 2) {
			return null;
		}
		String kind = null;
		for (DiagramNode node : group) {
			List<DiagramNode> inner = boxes(node);
			if (inner.size() != 1 || kind != null && !kind.equals(inner.get(0).kind())) {
				return null;
			}
			kind = inner.get(0).kind();
		}
		return count(kind, 1);
	}

	/**
	 * The chain priority area by priority area, with what justifies it and the measures that answer it,
	 * then the measures' goals and follow-up; a diagram without priority areas (a promise's chain) by what it holds.
	 */
	private static String chain(Diagram diagram) {
		List<DiagramNode> areas = ofKind(diagram, NodeKinds.PRIORITY_AREA);
		if (areas.isEmpty()) {
			return contents(diagram.nodes().stream().filter(n -> !n.isRow()).toList());
		}
		List<String> parts = new ArrayList<>();
		for (DiagramNode area : areas) {
			List<DiagramNode> grounds = sources(diagram, area, EdgeKinds.JUSTIFIES);
			List<DiagramNode> measures = targets(diagram, area, EdgeKinds.ADDRESSED_BY);
			List<String> about = new ArrayList<>();
			about.add(grounds.isEmpty() ? DiagramTexts.get("describe.noGrounds")
					: DiagramTexts.get("describe.grounds", count(NodeKinds.FINDING, grounds.size())));
			about.add(measures.isEmpty() ? DiagramTexts.get("describe.noMeasures")
					: DiagramTexts.get(measures.size() == 1 ? "describe.measure" : "describe.measures", names(measures)));
			parts.add(area.label() + " (" + String.join("; ", about) + ")");
		}
		List<String> sentences = new ArrayList<>();
		sentences.add(count(NodeKinds.PRIORITY_AREA, areas.size()) + ": " + String.join("; ", parts));
		List<DiagramNode> measures = ofKind(diagram, NodeKinds.MEASURE);
		long withGoals = measures.stream().filter(m -> !targets(diagram, m, EdgeKinds.AIMS_AT).isEmpty()).count();
		if (!measures.isEmpty()) {
			sentences.add(capitalised(withGoals == measures.size()
					? DiagramTexts.get("describe.everyGoal", count(NodeKinds.GOAL, ofKind(diagram, NodeKinds.GOAL).size()))
					: DiagramTexts.get("describe.someGoals", number((int) withGoals), count(NodeKinds.MEASURE, measures.size()))));
		}
		List<DiagramNode> followUps = ofKind(diagram, NodeKinds.FOLLOW_UP);
		if (!followUps.isEmpty()) {
			sentences.add(DiagramTexts.get("describe.followUp", names(followUps)));
		}
		return String.join(". ", sentences);
	}

	/** What the boxes are, kind by kind: "sex målgrupper (Allmänheten, …) och två parter (…)". */
	private static String contents(List<DiagramNode> nodes) {
		List<String> kinds = new ArrayList<>();
		for (List<DiagramNode> group : byKind(nodes).values()) {
			kinds.add(count(group.get(0).kind(), group.size()) + " (" + names(group) + ")");
		}
		return and(kinds);
	}

	/** The boxes directly inside a node (its rows left out), or the diagram's top boxes for the root. */
	private static List<DiagramNode> boxes(DiagramNode node) {
		return node.children().stream().filter(n -> !n.isRow()).toList();
	}

	private static List<DiagramNode> ofKind(Diagram diagram, String kind) {
		return diagram.nodes().stream().filter(n -> kind.equals(n.kind())).toList();
	}

	private static Map<String, List<DiagramNode>> byKind(List<DiagramNode> nodes) {
		Map<String, List<DiagramNode>> kinds = new LinkedHashMap<>();
		nodes.forEach(node -> kinds.computeIfAbsent(node.kind(), k -> new ArrayList<>()).add(node));
		return kinds;
	}

	private static List<DiagramNode> sources(Diagram diagram, DiagramNode target, String kind) {
		return diagram.edges().stream().filter(e -> kind.equals(e.kind()) && e.target() == target)
				.map(DiagramEdge::source).distinct().toList();
	}

	private static List<DiagramNode> targets(Diagram diagram, DiagramNode source, String kind) {
		return diagram.edges().stream().filter(e -> kind.equals(e.kind()) && e.source() == source)
				.map(DiagramEdge::target).distinct().toList();
	}

	/** "en nätverksgrupp", "fem områdesgrupper". */
	private static String count(String kind, int count) {
		return count == 1 ? DiagramTexts.get("describe.one." + kind) : DiagramTexts.get("describe.many." + kind, number(count));
	}

	/** Two to twelve in words, as Swedish writes small numbers; larger in digits. */
	private static String number(int count) {
		String[] words = DiagramTexts.get("describe.numbers").split(",");
		return count >= 0 && count < words.length ? words[count].strip() : String.valueOf(count);
	}

	/** The boxes' titles, the first few and how many more when there are many. */
	private static String names(List<DiagramNode> nodes) {
		List<String> names = nodes.stream().map(DiagramNode::label).filter(Objects::nonNull).toList();
		if (names.size() > NAMES_READ_OUT) {
			return String.join(", ", names.subList(0, NAMES_READ_OUT - 1)) + " "
					+ DiagramTexts.get("describe.more", number(names.size() - NAMES_READ_OUT + 1));
		}
		return and(names);
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** "A, B och C". */
	private static String and(List<String> parts) {
		if (parts.size() < 2) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + DiagramTexts.get("describe.and") + " "
				+ parts.getLast();
	}
}
