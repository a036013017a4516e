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

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
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

	static {
		// outside OSGi the layered algorithm is not found by extension point: register it
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	/** Wider than this, a top-down layout is laid out again from left to right. */
	private static final double WIDEST_ASPECT = 2.5;

	/**
	 * Lays the diagram out top-down; a graph whose layers are so wide that it would come out as a
	 * long strip (many roles in one layer) is laid out left to right instead, so it fits a screen.
	 */
	public void layout(Diagram diagram) {
		for (DiagramNode node : diagram.nodes()) {
			node.setLines(wrap(List.of(node.label())), wrap(node.details()));
		}
		if (diagram.isLeftToRight()) {
			place(layout(diagram, Direction.RIGHT));
			return;
		}
		ElkGraph laidOut = layout(diagram, Direction.DOWN);
		ElkNode graph = laidOut.nodes().get(diagram.root());
		if (graph.getWidth() > WIDEST_ASPECT * graph.getHeight()) {
			laidOut = layout(diagram, Direction.RIGHT);
		}
		place(laidOut);
	}

	/**
	 * The height of a box's title area: its title and detail lines as wrapped, without the findings
	 * line and without the boxes nested in it. Line labels are kept off it.
	 */
	public static double titleHeight(DiagramNode node) {
		return LABEL_TOP + (node.titleLines().size() - 1 + node.detailLines().size()) * LINE_HEIGHT;
	}

	private static List<String> wrap(List<String> texts) {
		List<String> lines = new ArrayList<>();
		texts.forEach(text -> lines.addAll(TextWrap.lines(text, MAX_LINE_CHARACTERS)));
		return lines;
	}

	/** The ELK graph of a diagram, with the ELK node of each box and the ELK edge of each line. */
	private record ElkGraph(Map<DiagramNode, ElkNode> nodes, Map<DiagramEdge, ElkEdge> edges) {
	}

	private static ElkGraph layout(Diagram diagram, Direction direction) {
		ElkNode graph = ElkGraphUtil.createGraph();
		boolean ordered = diagram.nodes().stream().anyMatch(node -> node.order() != null);
		configure(graph, direction, ordered);
		Map<DiagramNode, ElkNode> nodes = new HashMap<>();
		nodes.put(diagram.root(), graph);
		for (DiagramNode child : diagram.root().children()) {
			build(child, graph, nodes, direction, ordered);
		}
		Map<DiagramEdge, ElkEdge> edges = new HashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(nodes.get(edge.source()), nodes.get(edge.target()));
			ElkGraphUtil.updateContainment(elkEdge);
			if (edge.label() != null && !edge.label().isBlank()) {
				// a centre label gets a place of its own in the layout, so it never lands on a box
				ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elkEdge);
				label.setDimensions(edge.label().length() * EDGE_LABEL_CHARACTER_WIDTH + 6, EDGE_LABEL_HEIGHT);
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			edges.put(edge, elkEdge);
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
		return new ElkGraph(nodes, edges);
	}

	private static void place(ElkGraph laidOut) {
		for (var entry : laidOut.nodes().entrySet()) {
			double[] at = absolute(entry.getValue());
			entry.getKey().place(at[0], at[1], entry.getValue().getWidth(), entry.getValue().getHeight());
		}
		for (var entry : laidOut.edges().entrySet()) {
			entry.getKey().points().clear();
			route(entry.getValue(), entry.getKey());
		}
	}

	private static void configure(ElkNode node, Direction direction, boolean ordered) {
		node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		node.setProperty(CoreOptions.DIRECTION, direction);
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		node.setProperty(CoreOptions.PADDING, new ElkPadding(LABEL_TOP + 8, 14, 14, 14));
		node.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		// boxes with an order keep it within their column (levels 1, 2, 3, 4 from the top)
		node.setProperty(LayeredOptions.CROSSING_MINIMIZATION_SEMI_INTERACTIVE, ordered);
	}

	private static void build(DiagramNode node, ElkNode parent, Map<DiagramNode, ElkNode> nodes, Direction direction,
			boolean ordered) {
		ElkNode elkNode = ElkGraphUtil.createNode(parent);
		elkNode.setIdentifier(node.id());
		nodes.put(node, elkNode);
		int longest = Math.max(TextWrap.longest(node.titleLines()), TextWrap.longest(node.detailLines()));
		double width = Math.max(MIN_WIDTH, longest * CHARACTER_WIDTH + 24);
		double height = titleHeight(node) + (node.findings().isEmpty() ? 4 : 18);
		elkNode.setDimensions(width, height);
		if (node.order() != null) {
			elkNode.setProperty(LayeredOptions.POSITION, new KVector(node.order(), node.order()));
		}
		if (!node.children().isEmpty()) {
			configure(elkNode, direction, ordered);
			// the title and detail lines as one label inside the top, so ELK makes the box wide enough for them
			ElkLabel title = ElkGraphUtil.createLabel(node.label(), elkNode);
			title.setDimensions(width, titleHeight(node));
			elkNode.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.insideTopCenter());
			elkNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS,
					EnumSet.of(SizeConstraint.NODE_LABELS, SizeConstraint.MINIMUM_SIZE));
			elkNode.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, height));
			elkNode.setProperty(CoreOptions.PADDING, new ElkPadding(10, 14, 14, 14));
			for (DiagramNode child : node.children()) {
				build(child, elkNode, nodes, direction, ordered);
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
