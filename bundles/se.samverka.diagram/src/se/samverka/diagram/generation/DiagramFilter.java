/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.model.NodeKinds;

/**
 * What a reader may leave out of a generated diagram before it is laid out: people (roles,
 * members listed in a body, coordinators, spokespersons), organisations that are not parties, and the inside of area
 * groups. The same filter serves the workbench's view and {@code samverka diagram}.
 */
public record DiagramFilter(boolean hidePeople, boolean hideExternalOrganisations, boolean collapseAreaGroups) {

	public static final DiagramFilter NONE = new DiagramFilter(false, false, false);

	private static final Set<String> PEOPLE = Set.of(NodeKinds.ROLE, NodeKinds.MEMBER, NodeKinds.COORDINATOR,
			NodeKinds.SPOKESPERSON);
	private static final String EXTERNAL_ORGANISATION = NodeKinds.ORGANISATION;
	private static final String AREA_GROUP = NodeKinds.AREA_GROUP;

	/** Applies the filter to the diagram in place and returns it. */
	public Diagram apply(Diagram diagram) {
		Set<DiagramNode> hidden = new HashSet<>();
		Map<DiagramNode, DiagramNode> shownAs = new HashMap<>();
		for (DiagramNode node : diagram.nodes()) {
			if (hidePeople && PEOPLE.contains(node.kind())
					|| hideExternalOrganisations && EXTERNAL_ORGANISATION.equals(node.kind())) {
				hidden.addAll(node.allNodes());
			}
		}
		if (collapseAreaGroups) {
			for (DiagramNode areaGroup : diagram.nodes()) {
				if (AREA_GROUP.equals(areaGroup.kind()) && !hidden.contains(areaGroup)) {
					collapse(areaGroup, shownAs);
				}
			}
		}
		for (DiagramNode node : hidden) {
			if (node.parent() != null) {
				node.parent().children().remove(node);
			}
		}
		reconnect(diagram, hidden, shownAs);
		return diagram;
	}

	/** Removes what an area group holds; lines to its insides end at the group, and its findings move to it. */
	private static void collapse(DiagramNode areaGroup, Map<DiagramNode, DiagramNode> shownAs) {
		for (DiagramNode child : List.copyOf(areaGroup.children())) {
			for (DiagramNode inner : child.allNodes()) {
				shownAs.put(inner, areaGroup);
				inner.findings().stream().filter(code -> !areaGroup.findings().contains(code))
						.forEach(areaGroup.findings()::add);
			}
			if (!child.isRow()) {
				areaGroup.details().add("+ " + child.label());
			}
			areaGroup.children().remove(child);
		}
	}

	private static void reconnect(Diagram diagram, Set<DiagramNode> hidden, Map<DiagramNode, DiagramNode> shownAs) {
		List<DiagramEdge> kept = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (DiagramEdge edge : diagram.edges()) {
			if (hidden.contains(edge.source()) || hidden.contains(edge.target())) {
				continue;
			}
			DiagramNode source = shownAs.getOrDefault(edge.source(), edge.source());
			DiagramNode target = shownAs.getOrDefault(edge.target(), edge.target());
			if (source == target || !seen.add(source.id() + "\u0000" + target.id() + "\u0000" + edge.kind())) {
				continue;
			}
			kept.add(source == edge.source() && target == edge.target() ? edge
					: new DiagramEdge(edge.id(), source, target, edge.kind(), edge.label()));
		}
		diagram.edges().clear();
		diagram.edges().addAll(kept);
	}
}
