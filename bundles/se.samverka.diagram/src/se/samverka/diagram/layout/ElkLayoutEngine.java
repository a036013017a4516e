/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.layout;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
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
 * The one place where layout is configured: ELK Layered, top to bottom, orthogonal edges,
 * children laid out inside their parent. Boxes are sized from their text, so the same layout
 * serves SVG, PNG and the workbench.
 */
public final class ElkLayoutEngine {
	/** Width of one character of the 11 px sans-serif the renderers use, on average. */
	public static final double CHARACTER_WIDTH = 7.0;
	public static final double LINE_HEIGHT = 14;
	public static final double LABEL_TOP = 26;
	private static final double MIN_WIDTH = 110;

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
		ElkGraph laidOut = layout(diagram, Direction.DOWN);
		ElkNode graph = laidOut.nodes().get(diagram.root());
		if (graph.getWidth() > WIDEST_ASPECT * graph.getHeight()) {
			laidOut = layout(diagram, Direction.RIGHT);
		}
		place(laidOut);
	}

	/** The ELK graph of a diagram, with the ELK node of each box and the ELK edge of each line. */
	private record ElkGraph(Map<DiagramNode, ElkNode> nodes, Map<DiagramEdge, ElkEdge> edges) {
	}

	private static ElkGraph layout(Diagram diagram, Direction direction) {
		ElkNode graph = ElkGraphUtil.createGraph();
		configure(graph, direction);
		Map<DiagramNode, ElkNode> nodes = new HashMap<>();
		nodes.put(diagram.root(), graph);
		for (DiagramNode child : diagram.root().children()) {
			build(child, graph, nodes, direction);
		}
		Map<DiagramEdge, ElkEdge> edges = new HashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(nodes.get(edge.source()), nodes.get(edge.target()));
			ElkGraphUtil.updateContainment(elkEdge);
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

	private static void configure(ElkNode node, Direction direction) {
		node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		node.setProperty(CoreOptions.DIRECTION, direction);
		node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		node.setProperty(CoreOptions.PADDING, new ElkPadding(LABEL_TOP + 8, 14, 14, 14));
		node.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
		node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
	}

	private static void build(DiagramNode node, ElkNode parent, Map<DiagramNode, ElkNode> nodes, Direction direction) {
		ElkNode elkNode = ElkGraphUtil.createNode(parent);
		elkNode.setIdentifier(node.id());
		nodes.put(node, elkNode);
		int longest = node.label().length();
		for (String detail : node.details()) {
			longest = Math.max(longest, detail.length());
		}
		double width = Math.max(MIN_WIDTH, longest * CHARACTER_WIDTH + 24);
		double height = LABEL_TOP + node.details().size() * LINE_HEIGHT + (node.findings().isEmpty() ? 4 : 18);
		elkNode.setDimensions(width, height);
		if (!node.children().isEmpty()) {
			configure(elkNode, direction);
			// the title and detail lines as one label inside the top, so ELK makes the box wide enough for them
			ElkLabel title = ElkGraphUtil.createLabel(node.label(), elkNode);
			title.setDimensions(width, LABEL_TOP + node.details().size() * LINE_HEIGHT);
			elkNode.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.insideTopCenter());
			elkNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS,
					EnumSet.of(SizeConstraint.NODE_LABELS, SizeConstraint.MINIMUM_SIZE));
			elkNode.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, height));
			elkNode.setProperty(CoreOptions.PADDING, new ElkPadding(10, 14, 14, 14));
			for (DiagramNode child : node.children()) {
				build(child, elkNode, nodes, direction);
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
	}
}
