/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.model.NodeKinds;

/**
 * A governance chart too large for one printed page, split the way coordinators print it: an
 * overview in which each area group is a box with its title (its members and network groups
 * named on its own page), and one page per area group with its members and network groups.
 * Works on a generated chart before layout; each page is laid out on its own.
 */
public final class ChartPages {
	private ChartPages() {
	}

	/** The chart with the inside of every area group left out and named in a line under its title. */
	public static Diagram overview(Diagram chart) {
		return new DiagramFilter(false, false, true).apply(chart);
	}

	/** One page per area group of the chart: the area group on top, with its members and what it holds. */
	public static List<Diagram> areaGroupPages(Diagram chart) {
		List<Diagram> pages = new ArrayList<>();
		for (DiagramNode areaGroup : areaGroups(chart)) {
			Diagram page = new Diagram(chart.title() + " – " + areaGroup.label());
			Set<DiagramNode> inside = new HashSet<>(areaGroup.allNodes());
			areaGroup.parent().children().remove(areaGroup);
			page.root().add(areaGroup);
			areaGroup.setLevel(0);
			for (DiagramEdge edge : chart.edges()) {
				if (inside.contains(edge.source()) && inside.contains(edge.target())) {
					page.connect(edge.source(), edge.target(), edge.kind(), edge.label());
				}
			}
			pages.add(page);
		}
		return pages;
	}

	private static List<DiagramNode> areaGroups(Diagram chart) {
		return chart.nodes().stream().filter(node -> NodeKinds.AREA_GROUP.equals(node.kind())).toList();
	}
}
