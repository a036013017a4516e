/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.EdgeKinds;
import se.samverka.diagram.model.DiagramNode;

/**
 * Lines that start at a row of a body's list (a role that leads a body or appoints its chair),
 * drawn once the chart stands: ELK lays out boxes, not the rows inside them. A line to a box beside
 * the body runs straight across from the row; any other leaves the body at the side of the row,
 * runs down (or up) in the gap beside the body, past every box in its way, to a bus just above the
 * boxes it goes to, and drops into each from above. The lines from one row share that path, as the
 * lines from a manager to the teams below do in an organisation chart, so they do not cross.
 */
final class RowLineRouter {
	/** How far beside a box a line runs: half the room between two boxes. */
	private static final double GAP = 12;
	/** How far above the box it goes to a bus runs, with room for the line's label under it. */
	static final double BUS_OFFSET = ElkLayoutEngine.CHART_EDGE_LABEL_HEIGHT + 8;

	private final Diagram diagram;

	RowLineRouter(Diagram diagram) {
		this.diagram = diagram;
	}

	/** The kinds of line that start at a role's row, which this router draws. */
	private static final Set<String> ROW_LINE_KINDS = Set.of(EdgeKinds.LEADS, EdgeKinds.APPOINTS);

	/** Whether a line is one this router draws: a role's line from its row to a box, asked for by its kind. */
	static boolean startsAtRow(DiagramEdge edge) {
		return ROW_LINE_KINDS.contains(edge.kind()) && edge.source().isRow() && !edge.target().isRow();
	}

	void route() {
		Map<String, List<DiagramEdge>> byRow = new LinkedHashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			if (startsAtRow(edge)) {
				byRow.computeIfAbsent(edge.source().id() + "\u0000" + edge.kind(), key -> new ArrayList<>()).add(edge);
			}
		}
		for (List<DiagramEdge> lines : byRow.values()) {
			List<DiagramEdge> around = new ArrayList<>();
			for (DiagramEdge edge : lines) {
				if (!straightAcross(edge)) {
					around.add(edge);
				}
			}
			if (!around.isEmpty()) {
				routeAround(around);
			}
		}
	}

	/** The middle of a row's first line: where a line leaves it. */
	private static double rowY(DiagramNode row) {
		return row.y() + ElkLayoutEngine.ROW_HEIGHT / 2;
	}

	/** A line to a box beside the row's body, at the row's height, with nothing between them. */
	private boolean straightAcross(DiagramEdge edge) {
		DiagramNode row = edge.source();
		DiagramNode body = row.parent();
		DiagramNode target = edge.target();
		double y = rowY(row);
		boolean right = target.x() >= body.x() + body.width();
		boolean left = target.x() + target.width() <= body.x();
		if (!right && !left || y < target.y() + 4 || y > target.y() + target.height() - 4) {
			return false;
		}
		double from = right ? body.x() + body.width() : target.x() + target.width();
		double to = right ? target.x() : body.x();
		if (blocked(new double[] { from + 1, y, to - from - 2, 0 }, obstacles(edge, body, target))) {
			return false;
		}
		List<double[]> points = edge.points();
		points.clear();
		points.add(new double[] { right ? row.x() + row.width() : row.x(), y });
		points.add(new double[] { right ? target.x() : target.x() + target.width(), y });
		label(edge, (from + to) / 2 - ElkLayoutEngine.labelWidth(edge.label(), true) / 2,
				y - ElkLayoutEngine.CHART_EDGE_LABEL_HEIGHT - 2);
		return true;
	}

	/**
	 * The lines from one row to boxes that are not beside its body: out of the body on the side where
	 * the way is clear and shorter, along the gap past every box in the way, then along a bus to each box.
	 */
	private void routeAround(List<DiagramEdge> lines) {
		DiagramNode row = lines.get(0).source();
		DiagramNode body = row.parent();
		double y = rowY(row);
		double[] best = null;
		for (boolean right : new boolean[] { false, true }) {
			double corridor = right ? body.x() + body.width() + GAP : body.x() - GAP;
			double start = right ? row.x() + row.width() : row.x();
			double side = right ? body.x() + body.width() : body.x();
			boolean clear = true;
			double length = 0;
			for (DiagramEdge edge : lines) {
				double bus = busY(edge.target(), y);
				Set<DiagramNode> obstacles = obstacles(edge, body, edge.target());
				corridor = clearCorridor(corridor, right, Math.min(y, bus), Math.max(y, bus), obstacles, edge.target());
				if (blocked(new double[] { Math.min(side, corridor) + 1, y, Math.abs(corridor - side) - 2, 0 }, obstacles)) {
					clear = false;
				}
			}
			for (DiagramEdge edge : lines) {
				DiagramNode target = edge.target();
				length += Math.abs(corridor - start) + Math.abs(busY(target, y) - y)
						+ Math.abs(target.x() + target.width() / 2 - corridor);
			}
			if (!clear) {
				length += 1_000_000; // through a box only when both ways are
			}
			if (best == null || length < best[1]) {
				best = new double[] { corridor, length, right ? 1 : 0 };
			}
		}
		double corridor = best[0];
		double start = best[2] == 1 ? row.x() + row.width() : row.x();
		for (DiagramEdge edge : lines) {
			DiagramNode target = edge.target();
			boolean down = target.y() > y;
			double bus = busY(target, y);
			double x = target.x() + target.width() / 2;
			double end = down ? target.y() : target.y() + target.height();
			List<double[]> points = edge.points();
			points.clear();
			points.add(new double[] { start, y });
			points.add(new double[] { corridor, y });
			points.add(new double[] { corridor, bus });
			points.add(new double[] { x, bus });
			points.add(new double[] { x, end });
			// beside the drop into the box, between the bus and the box
			label(edge, x + 4, down ? bus + 3 : end + 3);
		}
	}

	/** Just above the box a line goes down to, or just under a box it goes up to. */
	private static double busY(DiagramNode target, double from) {
		return target.y() > from ? target.y() - BUS_OFFSET : target.y() + target.height() + BUS_OFFSET;
	}

	/** The first place, going out from the body, where a line can run from top to bottom without crossing a box. */
	private static double clearCorridor(double corridor, boolean right, double top, double bottom,
			Set<DiagramNode> obstacles, DiagramNode target) {
		for (int tries = 0; tries <= obstacles.size(); tries++) {
			DiagramNode hit = null;
			for (DiagramNode box : obstacles) {
				if (crosses(box, corridor, top, bottom, target)) {
					hit = box;
					break;
				}
			}
			if (hit == null) {
				return corridor;
			}
			corridor = right ? hit.x() + hit.width() + GAP : hit.x() - GAP;
		}
		return corridor;
	}

	/**
	 * Whether a vertical line crosses a box. A group that holds the box the line goes to may be entered,
	 * but not through its title and list.
	 */
	private static boolean crosses(DiagramNode box, double x, double top, double bottom, DiagramNode target) {
		double height = box.allNodes().contains(target) ? ElkLayoutEngine.headerHeight(box) : box.height();
		return x > box.x() && x < box.x() + box.width() && top < box.y() + height && bottom > box.y();
	}

	/** The boxes a line must go around: every box but the root, the rows and the groups that hold either end. */
	private Set<DiagramNode> obstacles(DiagramEdge edge, DiagramNode body, DiagramNode target) {
		Set<DiagramNode> holders = new HashSet<>();
		for (DiagramNode current = body.parent(); current != null; current = current.parent()) {
			holders.add(current);
		}
		holders.add(target);
		Set<DiagramNode> obstacles = new java.util.LinkedHashSet<>();
		for (DiagramNode node : diagram.nodes()) {
			if (!node.isRow() && !holders.contains(node) && !node.allNodes().contains(body)) {
				obstacles.add(node);
			}
		}
		obstacles.add(body);
		return obstacles;
	}

	/** Whether a horizontal or vertical segment, given as x, y, width, height, passes through a box. */
	private static boolean blocked(double[] segment, Set<DiagramNode> obstacles) {
		for (DiagramNode box : obstacles) {
			if (segment[0] < box.x() + box.width() && segment[0] + segment[2] > box.x()
					&& segment[1] < box.y() + box.height() && segment[1] + segment[3] > box.y()) {
				return true;
			}
		}
		return false;
	}

	private static void label(DiagramEdge edge, double x, double y) {
		if (edge.label() != null && !edge.label().isBlank()) {
			edge.placeLabel(x, y, ElkLayoutEngine.labelWidth(edge.label(), true), ElkLayoutEngine.CHART_EDGE_LABEL_HEIGHT);
		}
	}
}
