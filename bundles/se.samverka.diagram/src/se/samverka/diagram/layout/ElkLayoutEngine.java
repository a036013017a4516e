/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.Alignment;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.NodeLabelPlacement;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;

/**
 * The one place where layout is configured: ELK Layered, top to bottom (or left to right for a
 * chain), orthogonal edges, children laid out inside their parent. Boxes are sized from their
 * text, wrapped onto lines no wider than {@link #MAX_LINE_CHARACTERS}; line labels are placed by
 * ELK beside their line and never on a box; so the same layout serves SVG, PNG and the workbench.
 * An organisation chart (the governance view) stands on levels, its members listed as rows inside
 * their body, and keeps its boxes in place when laid out after its last layout.
 */
public final class ElkLayoutEngine {
	/** Width of one character of the 11 px sans-serif the renderers use, on average. */
	public static final double CHARACTER_WIDTH = 7.0;
	public static final double LINE_HEIGHT = 14;
	public static final double LABEL_TOP = 26;
	private static final double MIN_WIDTH = 110;
	/** The longest line of a box's text, in characters; longer text is wrapped. */
	public static final int MAX_LINE_CHARACTERS = 36;
	/** The font size of a line's label, and the width of one of its characters on average. */
	public static final double EDGE_LABEL_FONT = 9;
	private static final double EDGE_LABEL_CHARACTER_WIDTH = 5.6;
	private static final double EDGE_LABEL_HEIGHT = 12;
	/** In an organisation chart lines are few and their labels as large as the boxes' text, for print. */
	private static final double CHART_EDGE_LABEL_FONT = 11;
	private static final double CHART_EDGE_LABEL_CHARACTER_WIDTH = 6.6;
	static final double CHART_EDGE_LABEL_HEIGHT = 15;
	/** The longest line of a title or detail in an organisation chart, so the area groups fit side by side. */
	private static final int MAX_CHART_LINE_CHARACTERS = 28;

	static {
		// outside OSGi the layered algorithm is not found by extension point: register it
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	/** The longest line of a row of a compartment list (a member of a body), in characters. */
	public static final int MAX_ROW_CHARACTERS = 24;
	/** The height of a row with one line of text, and the margin around a compartment list. */
	public static final double ROW_HEIGHT = 18;
	private static final double ROW_MARGIN = 6;

	/** Wider than this, a top-down layout is laid out again from left to right. */
	private static final double WIDEST_ASPECT = 2.5;

	/**
	 * Lays the diagram out top-down; a graph whose layers are so wide that it would come out as a
	 * long strip (many roles in one layer) is laid out left to right instead, so it fits a screen.
	 */
	public void layout(Diagram diagram) {
		layout(diagram, null);
	}

	/**
	 * Lays the diagram out as {@link #layout(Diagram)} does. An organisation chart (boxes with
	 * levels) is always laid out top-down, a level to a layer; given its last layout, its boxes keep
	 * their order and, where they can, their places, so a small change of the model does not make
	 * the chart jump. Other views are laid out afresh.
	 */
	public void layout(Diagram diagram, Diagram previous) {
		int boxCharacters = isChart(diagram) ? MAX_CHART_LINE_CHARACTERS : MAX_LINE_CHARACTERS;
		for (DiagramNode node : diagram.nodes()) {
			int width = node.isRow() ? MAX_ROW_CHARACTERS : boxCharacters;
			node.setLines(wrap(List.of(node.label()), width), wrap(node.details(), width));
		}
		// only a chart is laid out after its last layout so far: its levels and order make that safe
		Map<String, double[]> before = previous == null || !isChart(diagram) ? Map.of() : positions(previous);
		Set<String> linesBefore = before.isEmpty() ? Set.of() : laidOutLines(previous);
		if (diagram.isLeftToRight()) {
			place(layout(diagram, Direction.RIGHT, before, linesBefore));
			return;
		}
		ElkGraph laidOut = layout(diagram, Direction.DOWN, before, linesBefore);
		ElkNode graph = laidOut.nodes().get(diagram.root());
		if (!isChart(diagram) && graph.getWidth() > WIDEST_ASPECT * graph.getHeight()) {
			laidOut = layout(diagram, Direction.RIGHT, before, linesBefore);
		}
		place(laidOut);
		if (previous != null && isChart(diagram)) {
			keepLevelsDown(diagram, previous);
			keepLevelsUp(diagram, previous);
		}
		if (isChart(diagram)) {
			// last, once every box stands where it stays
			new RowLineRouter(diagram).route();
		}
	}

	/** The least room left between a level and what stands above it when the level keeps its place. */
	private static final double LEAST_LEVEL_GAP = 20;

	/**
	 * While the model is edited a level does not move down either when there is room for it where it
	 * was: a box above it that grew by a row or a title line takes from the space between the levels
	 * (down to {@link #LEAST_LEVEL_GAP}), rather than pushing every box under it down. A level stays
	 * below every box, line and label above it.
	 */
	private static void keepLevelsUp(Diagram diagram, Diagram previous) {
		Map<Integer, Double> was = levelTops(previous);
		for (Integer level : new java.util.TreeSet<>(levelTops(diagram).keySet())) {
			List<DiagramNode> row = boxes(diagram.root()).stream().filter(box -> level.equals(box.level())).toList();
			double top = row.stream().mapToDouble(DiagramNode::y).min().orElse(0);
			Double old = was.get(level);
			if (old == null || top <= old + 0.5) {
				continue;
			}
			java.util.Set<DiagramNode> inside = new java.util.HashSet<>();
			row.forEach(box -> inside.addAll(box.allNodes()));
			double above = 0;
			for (DiagramNode box : diagram.nodes()) {
				if (!inside.contains(box) && box.y() < top) {
					above = Math.max(above, box.y() + box.height());
				}
			}
			for (DiagramEdge edge : diagram.edges()) {
				List<double[]> points = edge.points();
				// a line up from the level bends halfway between its ends; raising the level moves that bend too
				boolean followsLevel = isStep(points) && inside.contains(edge.source()) != inside.contains(edge.target());
				for (int i = 0; i < points.size(); i++) {
					boolean endOnLevel = (i == 0 && inside.contains(edge.source()))
							|| (i == points.size() - 1 && inside.contains(edge.target()));
					if (!endOnLevel && !(followsLevel && (i == 1 || i == 2)) && points.get(i)[1] < top) {
						above = Math.max(above, points.get(i)[1]);
					}
				}
				double[] label = edge.labelBox();
				if (label != null && label[1] < top && !(inside.contains(edge.source()) && inside.contains(edge.target()))) {
					above = Math.max(above, label[1] + label[3]);
				}
			}
			double up = top - Math.max(old, above + LEAST_LEVEL_GAP);
			if (up > 0.5) {
				row.forEach(box -> raise(diagram, box, up));
			}
		}
	}

	/**
	 * While the model is edited a level never moves up: when a box above it grows shorter, the
	 * level stays where it was instead of following it (a fresh layout closes the gap).
	 */
	private static void keepLevelsDown(Diagram diagram, Diagram previous) {
		Map<Integer, Double> was = levelTops(previous);
		Map<Integer, Double> is = levelTops(diagram);
		double offset = 0;
		for (Integer level : new java.util.TreeSet<>(is.keySet())) {
			double top = is.get(level) + offset;
			if (was.containsKey(level) && was.get(level) > top) {
				offset += was.get(level) - top;
			}
			if (offset > 0.5) {
				for (DiagramNode box : boxes(diagram.root())) {
					if (level.equals(box.level())) {
						raise(diagram, box, -offset);
					}
				}
			}
		}
	}

	private static Map<Integer, Double> levelTops(Diagram diagram) {
		Map<Integer, Double> tops = new HashMap<>();
		for (DiagramNode box : boxes(diagram.root())) {
			if (box.level() != null) {
				tops.merge(box.level(), box.y(), Math::min);
			}
		}
		return tops;
	}

	/** The font size of the diagram's line labels. */
	public static double edgeLabelFont(Diagram diagram) {
		return isChart(diagram) ? CHART_EDGE_LABEL_FONT : EDGE_LABEL_FONT;
	}

	/** An organisation chart: some box stands on a level of its own. */
	public static boolean isChart(Diagram diagram) {
		return diagram.root().children().stream().anyMatch(node -> node.level() != null);
	}

	/** The lines the last layout laid out with the boxes (not those drawn over it), by their ends and kind. */
	private static Set<String> laidOutLines(Diagram previous) {
		Set<String> lines = new java.util.HashSet<>();
		for (DiagramEdge edge : previous.edges()) {
			if (!edge.isDrawnOverLayout()) {
				lines.add(lineKey(edge));
			}
		}
		return lines;
	}

	private static String lineKey(DiagramEdge edge) {
		return edge.source().id() + "\u0000" + edge.kind() + "\u0000" + edge.target().id();
	}

	/** Where each box of a laid-out diagram stands, by id, relative to its parent as ELK reads it. */
	private static Map<String, double[]> positions(Diagram previous) {
		Map<String, double[]> positions = new HashMap<>();
		for (DiagramNode node : previous.nodes()) {
			DiagramNode parent = node.parent();
			double x = node.x() - (parent == previous.root() ? 0 : parent.x());
			double y = node.y() - (parent == previous.root() ? 0 : parent.y());
			positions.put(node.id(), new double[] { x, y });
		}
		return positions;
	}

	/**
	 * The height of a box's title area: its title and detail lines as wrapped, without the findings
	 * line and without the boxes nested in it. Line labels are kept off it.
	 */
	public static double titleHeight(DiagramNode node) {
		return LABEL_TOP + (node.titleLines().size() - 1 + node.detailLines().size()) * LINE_HEIGHT;
	}

	/** The height of a row of a compartment list: its lines, wrapped. */
	public static double rowHeight(DiagramNode row) {
		return ROW_HEIGHT + (row.titleLines().size() - 1 + row.detailLines().size()) * LINE_HEIGHT;
	}

	/** The title area with the compartment list under it: where the boxes nested in a body begin. */
	public static double headerHeight(DiagramNode node) {
		List<DiagramNode> rows = rows(node);
		if (rows.isEmpty()) {
			return titleHeight(node);
		}
		return titleHeight(node) + rows.stream().mapToDouble(ElkLayoutEngine::rowHeight).sum() + ROW_MARGIN;
	}

	private static List<DiagramNode> rows(DiagramNode node) {
		return node.children().stream().filter(DiagramNode::isRow).toList();
	}

	private static List<DiagramNode> boxes(DiagramNode node) {
		return node.children().stream().filter(child -> !child.isRow()).toList();
	}

	private static List<String> wrap(List<String> texts, int width) {
		List<String> lines = new ArrayList<>();
		texts.forEach(text -> lines.addAll(TextWrap.lines(text, width)));
		return lines;
	}

	/**
	 * The ELK graph of a diagram, with the ELK node of each box and the ELK edge of each line within
	 * its group; a box alone in its group (a network group in its area group) is not laid out by
	 * ELK but placed in its group afterwards, at the offset given.
	 */
	private record ElkGraph(Diagram diagram, Map<DiagramNode, ElkNode> nodes, Map<DiagramEdge, ElkEdge> edges,
			Map<DiagramEdge, Boolean> reversed, Map<DiagramNode, double[]> alone) {
		boolean placed(DiagramNode node) {
			return nodes.containsKey(node) || alone.containsKey(node);
		}
	}

	private static ElkGraph layout(Diagram diagram, Direction direction, Map<String, double[]> before,
			Set<String> linesBefore) {
		ElkNode graph = ElkGraphUtil.createGraph();
		boolean ordered = diagram.nodes().stream().anyMatch(node -> node.order() != null);
		configure(graph, direction, ordered);
		boolean chart = isChart(diagram);
		if (chart) {
			configureChart(graph, !before.isEmpty());
		}
		Map<DiagramNode, ElkNode> nodes = new HashMap<>();
		nodes.put(diagram.root(), graph);
		Map<DiagramNode, Double> roomAbove = roomAboveNestedBoxes(diagram);
		Map<DiagramNode, double[]> alone = new HashMap<>();
		for (DiagramNode child : chart ? inPreviousOrder(boxes(diagram.root()), before) : boxes(diagram.root())) {
			build(child, graph, nodes, direction, ordered, before, roomAbove, chart, alone);
		}
		if (chart) {
			numberInOrder(graph);
			for (var group : nodes.entrySet()) {
				double room = roomBeside(group.getKey(), diagram);
				if (room > NODE_SPACING) {
					group.getValue().setProperty(LayeredOptions.SPACING_NODE_NODE, room);
				}
			}
		}
		Map<DiagramEdge, ElkEdge> edges = new HashMap<>();
		Map<DiagramEdge, Boolean> reversed = new HashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			if (!nodes.containsKey(edge.source()) || !nodes.containsKey(edge.target())) {
				continue; // a row of a list has no lines; a box alone in its group has none within it
			}
			if (nests(edge.source(), edge.target()) || nests(edge.target(), edge.source())) {
				continue; // drawn straight down from the group's list to the box in it, see routeInside
			}
			if (edge.source().parent() != edge.target().parent()) {
				continue; // each group is laid out on its own; a line leaving its group is drawn afterwards, see routeAcross
			}
			if (!before.isEmpty() && !linesBefore.contains(lineKey(edge))) {
				// a line drawn while the model is edited would open a channel between the levels and move
				// the boxes; it is drawn over the last layout like a line across groups, see routeAcross
				edge.drawOverLayout();
				continue;
			}
			// in a chart a line from below (reports to) is laid out downwards, so its ends keep their levels
			boolean upwards = chart && level(edge.source()) > level(edge.target());
			reversed.put(edge, upwards);
			ElkEdge elkEdge = upwards
					? ElkGraphUtil.createSimpleEdge(nodes.get(edge.target()), nodes.get(edge.source()))
					: ElkGraphUtil.createSimpleEdge(nodes.get(edge.source()), nodes.get(edge.target()));
			ElkGraphUtil.updateContainment(elkEdge);
			if (edge.label() != null && !edge.label().isBlank()) {
				// a centre label gets a place of its own in the layout, so it never lands on a box
				ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elkEdge);
				label.setDimensions(labelWidth(edge.label(), chart), chart ? CHART_EDGE_LABEL_HEIGHT : EDGE_LABEL_HEIGHT);
				// in a chart a centre label would take a layer of its own and push the box a level down;
				// there the label stands at the lower end, by the box that reports or is given assignments
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, !chart ? EdgeLabelPlacement.CENTER
						: upwards ? EdgeLabelPlacement.HEAD : EdgeLabelPlacement.TAIL);
			}
			edges.put(edge, elkEdge);
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
		return new ElkGraph(diagram, nodes, edges, reversed, alone);
	}

	/**
	 * The room between two boxes of a group side by side: wide enough for the label of a line from
	 * a row of one to the other (a role of one body leads the body beside it).
	 */
	private static double roomBeside(DiagramNode group, Diagram diagram) {
		double room = 0;
		for (DiagramEdge edge : diagram.edges()) {
			if (RowLineRouter.startsAtRow(edge) && edge.target().parent() == group && edge.source().parent() != group
					&& nests(group, edge.source()) && edge.label() != null) {
				room = Math.max(room, labelWidth(edge.label(), true) + 16);
			}
		}
		return room;
	}

	/** The level of a box in a chart: its top-level box's level, one more for each box it is nested in. */
	private static int level(DiagramNode node) {
		int depth = 0;
		DiagramNode top = node;
		while (top.parent() != null && top.parent().parent() != null) {
			top = top.parent();
			depth++;
		}
		return (top.level() == null ? 0 : top.level()) + depth;
	}

	private static void place(ElkGraph laidOut) {
		for (var entry : laidOut.nodes().entrySet()) {
			double[] at = absolute(entry.getValue());
			entry.getKey().place(at[0], at[1], entry.getValue().getWidth(), entry.getValue().getHeight());
		}
		for (var entry : laidOut.alone().entrySet()) {
			DiagramNode group = entry.getKey().parent();
			double[] at = entry.getValue();
			entry.getKey().place(group.x() + at[0], group.y() + at[1], at[2], at[3]);
		}
		for (DiagramNode node : laidOut.nodes().keySet()) {
			placeRows(node);
		}
		for (DiagramNode node : laidOut.alone().keySet()) {
			placeRows(node);
		}
		for (var entry : laidOut.edges().entrySet()) {
			entry.getKey().points().clear();
			route(entry.getValue(), entry.getKey());
			if (laidOut.reversed().getOrDefault(entry.getKey(), false)) {
				java.util.Collections.reverse(entry.getKey().points());
			}
		}
		for (DiagramEdge edge : laidOut.diagram().edges()) {
			if (!laidOut.edges().containsKey(edge) && laidOut.placed(edge.source()) && laidOut.placed(edge.target())) {
				if (nests(edge.source(), edge.target()) || nests(edge.target(), edge.source())) {
					routeInside(edge);
				} else {
					routeAcross(edge, isChart(laidOut.diagram()));
				}
			}
		}
		if (isChart(laidOut.diagram())) {
			alignLevels(laidOut.diagram());
		}
	}

	/**
	 * The boxes of a level of a chart in a row along one top line. ELK leaves a box lower by the room
	 * for the label at a line's end; the box moves up with what is in it and the ends of its lines.
	 */
	private static void alignLevels(Diagram diagram) {
		for (DiagramNode parent : diagram.root().allNodes()) {
			Map<Integer, Double> tops = new HashMap<>();
			List<DiagramNode> boxes = boxes(parent);
			// the boxes nested in a group stand on one level of their own (the area groups side by side)
			java.util.function.Function<DiagramNode, Integer> level = box -> box.level() == null ? 0 : box.level();
			boxes.forEach(box -> tops.merge(level.apply(box), box.y(), Math::min));
			for (DiagramNode box : boxes) {
				double up = box.y() - tops.get(level.apply(box));
				// no more than the room for a label: a box further down stands on a layer of its own
				if (up > 0.5 && up < LEVEL_OFFSET) {
					raise(diagram, box, up);
				}
			}
		}
	}

	/** How far down ELK may leave a box of a level for the labels at its lines' ends. */
	private static final double LEVEL_OFFSET = 40;

	private static void raise(Diagram diagram, DiagramNode box, double up) {
		double oldTop = box.y();
		java.util.Set<DiagramNode> inside = new java.util.HashSet<>(box.allNodes());
		for (DiagramNode node : inside) {
			node.place(node.x(), node.y() - up, node.width(), node.height());
		}
		for (DiagramEdge edge : diagram.edges()) {
			boolean from = inside.contains(edge.source());
			boolean to = inside.contains(edge.target());
			List<double[]> points = edge.points();
			if (points.isEmpty() || !from && !to) {
				continue;
			}
			if (from && to) {
				points.forEach(point -> point[1] -= up);
			} else if (isStep(points)) {
				// one end moves: the step between the ends stays halfway between them
				points.get(from ? 0 : 3)[1] -= up;
				double middle = (points.get(0)[1] + points.get(3)[1]) / 2;
				points.get(1)[1] = middle;
				points.get(2)[1] = middle;
			} else {
				int end = from ? 0 : points.size() - 1;
				int next = from ? 1 : points.size() - 2;
				double y = points.get(end)[1];
				points.get(end)[1] -= up;
				if (points.size() > 2 && Math.abs(points.get(next)[1] - y) < 0.5) {
					points.get(next)[1] -= up;
				}
			}
			double[] label = edge.labelBox();
			if (label != null && (from && to || Math.abs(label[1] + label[3] - oldTop) < label[3] + 4
					&& label[0] < box.x() + box.width() && box.x() < label[0] + label[2])) {
				edge.placeLabel(label[0], label[1] - up, label[2], label[3]);
			}
		}
	}

	/** A line up or down with one step sideways: down, across, down. */
	private static boolean isStep(List<double[]> points) {
		return points.size() == 4 && Math.abs(points.get(0)[0] - points.get(1)[0]) < 0.5
				&& Math.abs(points.get(1)[1] - points.get(2)[1]) < 0.5 && Math.abs(points.get(2)[0] - points.get(3)[0]) < 0.5;
	}

	/** Stacks a box's rows under its title, as wide as the box allows. */
	private static void placeRows(DiagramNode node) {
		double y = node.y() + titleHeight(node);
		for (DiagramNode row : rows(node)) {
			double height = rowHeight(row);
			row.place(node.x() + ROW_MARGIN, y, node.width() - 2 * ROW_MARGIN, height);
			y += height;
		}
	}

	/**
	 * An organisation chart: each top-level box in the partition of its level, so the steering group
	 * stands on top and area groups side by side below; lines between levels straight where they can be.
	 */
	private static void configureChart(ElkNode graph, boolean interactive) {
		graph.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
		// boxes without lines between them stay on their levels, not packed apart as separate graphs
		graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		// a level is a layer: the interactive layering reads it from the boxes' places, a level's height apart
		graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
		graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
		// the diagram's title is not drawn in it: no room above the steering group for one
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(GROUP_SIDE, GROUP_SIDE, GROUP_SIDE, GROUP_SIDE));
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
		graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY,
				interactive ? NodePlacementStrategy.INTERACTIVE : NodePlacementStrategy.BRANDES_KOEPF);
		keepOrder(graph);
	}

	/**
	 * The boxes of a chart stand in the order they are given: the model's order, or the order of the
	 * last layout, so that a box added or renamed does not reshuffle the others.
	 */
	private static void keepOrder(ElkNode graph) {
		// the order is given by each box's position, see build
		graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_SEMI_INTERACTIVE, true);
	}

	/** Each box of a group its place in the order it was built in, which the semi-interactive crossing minimisation keeps. */
	private static void numberInOrder(ElkNode group) {
		int index = 0;
		for (ElkNode child : group.getChildren()) {
			child.setProperty(LayeredOptions.POSITION, new KVector(index, index));
			index++;
		}
	}

	/** A group's boxes in the order of the last layout, from the left; boxes that are new come last. */
	private static List<DiagramNode> inPreviousOrder(List<DiagramNode> boxes, Map<String, double[]> before) {
		if (before.isEmpty()) {
			return boxes;
		}
		List<DiagramNode> ordered = new ArrayList<>(boxes);
		ordered.sort(java.util.Comparator.comparingDouble(
				box -> before.containsKey(box.id()) ? before.get(box.id())[0] : Double.MAX_VALUE));
		return ordered;
	}

	/** Far enough apart that no two levels' boxes share a layer. */
	private static final double LEVEL_DISTANCE = 100_000;

	/** Whether {@code inner} is nested, at any depth, in {@code outer}. */
	private static boolean nests(DiagramNode outer, DiagramNode inner) {
		for (DiagramNode current = inner.parent(); current != null; current = current.parent()) {
			if (current == outer) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A line from a group to a box nested in it (an area group gives its network group assignments):
	 * straight down from under the group's list to the top of the box, its label beside it.
	 */
	private static void routeInside(DiagramEdge edge) {
		DiagramNode outer = nests(edge.source(), edge.target()) ? edge.source() : edge.target();
		DiagramNode inner = outer == edge.source() ? edge.target() : edge.source();
		double x = inner.x() + inner.width() / 2;
		double[] top = { x, outer.y() + headerHeight(outer) };
		double[] bottom = { x, inner.y() };
		edge.points().clear();
		edge.points().add(outer == edge.source() ? top : bottom);
		edge.points().add(outer == edge.source() ? bottom : top);
		if (edge.label() != null && !edge.label().isBlank()) {
			edge.placeLabel(x + 4, top[1] + (bottom[1] - top[1] - CHART_EDGE_LABEL_HEIGHT) / 2,
					labelWidth(edge.label(), true), CHART_EDGE_LABEL_HEIGHT);
		}
	}

	/**
	 * A line between boxes in different groups, drawn once every group is laid out: from the middle
	 * of the side of one box that faces the other, at right angles, with a bend halfway; its label
	 * beside the middle of the line.
	 */
	private static void routeAcross(DiagramEdge edge, boolean chart) {
		DiagramNode source = edge.source();
		DiagramNode target = edge.target();
		double[] start = facing(source, centre(target));
		double[] end = facing(target, centre(source));
		boolean above = source.y() + source.height() <= target.y();
		if (chart && (above || target.y() + target.height() <= source.y())) {
			// in a chart a line between levels runs up or down the chart, from the middle of one box's top to the other's bottom
			start = new double[] { centre(source)[0], above ? source.y() + source.height() : source.y() };
			end = new double[] { centre(target)[0], above ? target.y() : target.y() + target.height() };
		}
		List<double[]> points = edge.points();
		points.clear();
		points.add(start);
		boolean vertical = start[0] == source.x() + source.width() / 2 && (start[1] == source.y()
				|| start[1] == source.y() + source.height());
		if (vertical) {
			double middle = (start[1] + end[1]) / 2;
			points.add(new double[] { start[0], middle });
			points.add(new double[] { end[0], middle });
		} else {
			double middle = (start[0] + end[0]) / 2;
			points.add(new double[] { middle, start[1] });
			points.add(new double[] { middle, end[1] });
		}
		points.add(end);
		if (edge.label() != null && !edge.label().isBlank()) {
			double height = chart ? CHART_EDGE_LABEL_HEIGHT : EDGE_LABEL_HEIGHT;
			double[] from = points.get(1);
			double[] to = points.get(2);
			edge.placeLabel((from[0] + to[0]) / 2 + 4, (from[1] + to[1]) / 2 - height - 2, labelWidth(edge.label(), chart),
					height);
		}
	}

	private static double[] centre(DiagramNode box) {
		return new double[] { box.x() + box.width() / 2, box.y() + box.height() / 2 };
	}

	/** The middle of the side of a box that faces a point. */
	private static double[] facing(DiagramNode box, double[] point) {
		double dx = point[0] - (box.x() + box.width() / 2);
		double dy = point[1] - (box.y() + box.height() / 2);
		if (Math.abs(dy) * box.width() >= Math.abs(dx) * box.height()) {
			return new double[] { box.x() + box.width() / 2, dy < 0 ? box.y() : box.y() + box.height() };
		}
		return new double[] { dx < 0 ? box.x() : box.x() + box.width(), box.y() + box.height() / 2 };
	}

	static double labelWidth(String label, boolean chart) {
		return label.length() * (chart ? CHART_EDGE_LABEL_CHARACTER_WIDTH : EDGE_LABEL_CHARACTER_WIDTH) + 6;
	}

	private static void configure(ElkNode node, Direction direction, boolean ordered) {
		node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		node.setProperty(CoreOptions.DIRECTION, direction);
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		node.setProperty(CoreOptions.PADDING, new ElkPadding(LABEL_TOP + 8, 14, 14, 14));
		node.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		// each group on its own, from the innermost out: lines across groups made one layout of the
		// whole nested graph many times slower (docs/benchmarks.md)
		node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
		// boxes with an order keep it within their column (levels 1, 2, 3, 4 from the top)
		node.setProperty(LayeredOptions.CROSSING_MINIMIZATION_SEMI_INTERACTIVE, ordered);
	}

	/** The width and height a box needs for its title, details and rows. */
	private static double[] size(DiagramNode node) {
		int longest = Math.max(TextWrap.longest(node.titleLines()), TextWrap.longest(node.detailLines()));
		for (DiagramNode row : rows(node)) {
			longest = Math.max(longest, Math.max(TextWrap.longest(row.titleLines()), TextWrap.longest(row.detailLines())) + 2);
		}
		return new double[] { Math.max(MIN_WIDTH, longest * CHARACTER_WIDTH + 24),
				headerHeight(node) + (node.findings().isEmpty() ? 4 : 18) };
	}

	/** Where the boxes nested in a group of a chart begin: under its title, details and list. */
	private static double chartTop(DiagramNode group, Map<DiagramNode, Double> roomAbove) {
		return headerHeight(group) + roomAbove.getOrDefault(group, 10.0);
	}

	/**
	 * The room between a group's list and the boxes nested in it, where a line comes down to them:
	 * from the group itself, with its label beside it; or from a row outside, along a bus under the
	 * title that drops into each box, the label beside the drop.
	 */
	private static Map<DiagramNode, Double> roomAboveNestedBoxes(Diagram diagram) {
		Map<DiagramNode, Double> room = new HashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			if (nests(edge.source(), edge.target())) {
				room.merge(edge.source(), 10 + CHART_EDGE_LABEL_HEIGHT + 12, Math::max);
			} else if (nests(edge.target(), edge.source())) {
				room.merge(edge.target(), 10 + CHART_EDGE_LABEL_HEIGHT + 12, Math::max);
			} else if (RowLineRouter.startsAtRow(edge) && edge.target().parent() != diagram.root()
					&& !nests(edge.target().parent(), edge.source())) {
				room.merge(edge.target().parent(), RowLineRouter.BUS_OFFSET + 4, Math::max);
			}
		}
		return room;
	}

	private static final double GROUP_SIDE = 14;
	/** The room between two boxes side by side. */
	private static final double NODE_SPACING = 24;

	private static void build(DiagramNode node, ElkNode parent, Map<DiagramNode, ElkNode> nodes, Direction direction,
			boolean ordered, Map<String, double[]> before, Map<DiagramNode, Double> roomAbove, boolean chart,
			Map<DiagramNode, double[]> alone) {
		ElkNode elkNode = ElkGraphUtil.createNode(parent);
		elkNode.setIdentifier(node.id());
		nodes.put(node, elkNode);
		double[] size = size(node);
		double width = size[0];
		double height = size[1];
		List<DiagramNode> boxes = boxes(node);
		if (chart && boxes.size() == 1 && boxes(boxes.get(0)).isEmpty()) {
			// one box alone in a group of a chart: centred under the group's list, no layout to run
			DiagramNode inner = boxes.get(0);
			double[] innerSize = size(inner);
			double top = chartTop(node, roomAbove);
			width = Math.max(width, innerSize[0] + 2 * GROUP_SIDE);
			height = Math.max(height, top + innerSize[1] + GROUP_SIDE);
			alone.put(inner, new double[] { (width - innerSize[0]) / 2, top, innerSize[0], innerSize[1] });
			boxes = List.of();
		}
		elkNode.setDimensions(width, height);
		if (node.order() != null) {
			elkNode.setProperty(LayeredOptions.POSITION, new KVector(node.order(), node.order()));
		}
		double[] previous = before.get(node.id());
		if (previous != null) {
			// the interactive strategies read a box's previous place from its position
			elkNode.setLocation(previous[0], previous[1]);
		}
		if (node.level() != null) {
			elkNode.setProperty(LayeredOptions.PARTITIONING_PARTITION, node.level());
			elkNode.setY(node.level() * LEVEL_DISTANCE);
			elkNode.setProperty(CoreOptions.ALIGNMENT, Alignment.TOP);
		}
		if (!boxes.isEmpty()) {
			configure(elkNode, direction, ordered);
			if (chart) {
				keepOrder(elkNode);
				// the boxes in a group side by side in a row (the area groups), not packed as separate graphs
				elkNode.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
			}
			if (chart) {
				// the title, details and list above the nested boxes, with room for the label of a line down to them
				elkNode.setProperty(CoreOptions.PADDING,
						new ElkPadding(chartTop(node, roomAbove), GROUP_SIDE, GROUP_SIDE, GROUP_SIDE));
				elkNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
				elkNode.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, height));
			} else {
				// the title, detail lines and rows as one label inside the top, so ELK makes the box big enough for them
				ElkLabel title = ElkGraphUtil.createLabel(node.label(), elkNode);
				title.setDimensions(width, headerHeight(node));
				elkNode.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.insideTopCenter());
				elkNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS,
						EnumSet.of(SizeConstraint.NODE_LABELS, SizeConstraint.MINIMUM_SIZE));
				elkNode.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, height));
				elkNode.setProperty(CoreOptions.PADDING, new ElkPadding(10, 14, 14, 14));
			}
			for (DiagramNode child : chart ? inPreviousOrder(boxes, before) : boxes) {
				build(child, elkNode, nodes, direction, ordered, before, roomAbove, chart, alone);
			}
			if (chart) {
				numberInOrder(elkNode);
			}
		}
	}

	private static double[] absolute(ElkNode node) {
		double x = 0;
		double y = 0;
		for (ElkNode current = node; current != null && current.getParent() != null; current = current.getParent()) {
			x += current.getX();
			y += current.getY();
		}
		return new double[] { x, y };
	}

	private static void route(ElkEdge elkEdge, DiagramEdge edge) {
		ElkNode container = elkEdge.getContainingNode();
		double[] origin = container == null ? new double[] { 0, 0 } : absolute(container);
		for (ElkEdgeSection section : elkEdge.getSections()) {
			edge.points().add(new double[] { origin[0] + section.getStartX(), origin[1] + section.getStartY() });
			for (ElkBendPoint bend : section.getBendPoints()) {
				edge.points().add(new double[] { origin[0] + bend.getX(), origin[1] + bend.getY() });
			}
			edge.points().add(new double[] { origin[0] + section.getEndX(), origin[1] + section.getEndY() });
		}
		for (ElkLabel label : elkEdge.getLabels()) {
			edge.placeLabel(origin[0] + label.getX(), origin[1] + label.getY(), label.getWidth(), label.getHeight());
		}
	}
}
