/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;

/** The view's filters on Botkyrka's governance: people, external organisations, area groups. */
class DiagramFilterTest {

	@Test
	void hidingPeopleRemovesMembersAndCoordinatorsAndTheirLines() {
		Diagram all = governance(DiagramFilter.NONE);
		Diagram filtered = governance(new DiagramFilter(true, false, false));
		assertFalse(kinds(all, "member").isEmpty());
		assertTrue(kinds(filtered, "member").isEmpty(), "no member is listed in a body");
		assertTrue(kinds(filtered, "role").isEmpty());
		assertTrue(kinds(filtered, "coordinator").isEmpty());
		assertEquals(kinds(all, "area-group").size(), kinds(filtered, "area-group").size());
		assertEndsAreShown(filtered);
		assertTrue(filtered.edges().stream().noneMatch(e -> e.kind().equals("member")),
				"no membership lines");
		assertTrue(filtered.edges().stream().anyMatch(e -> e.kind().equals("reports-to")));
	}

	@Test
	void hidingExternalOrganisationsKeepsTheParties() {
		Diagram all = governance(DiagramFilter.NONE);
		Diagram filtered = governance(new DiagramFilter(false, true, false));
		assertTrue(kinds(filtered, "organisation").isEmpty());
		assertEquals(kinds(all, "party").size(), kinds(filtered, "party").size());
		assertEndsAreShown(filtered);
	}

	@Test
	void collapsingAreaGroupsFoldsEachNetworkGroupIntoItsAreaGroup() {
		Diagram filtered = governance(new DiagramFilter(false, false, true));
		List<DiagramNode> areaGroups = kinds(filtered, "area-group");
		assertEquals(5, areaGroups.size());
		assertTrue(kinds(filtered, "network-group").isEmpty());
		for (DiagramNode areaGroup : areaGroups) {
			assertTrue(areaGroup.children().isEmpty(), areaGroup.label());
			assertEquals(1, areaGroup.details().stream().filter(d -> d.startsWith("+ ")).count(),
					areaGroup.details().toString());
		}
		assertEndsAreShown(filtered);
		assertTrue(filtered.edges().stream().noneMatch(e -> e.source() == e.target()));
	}

	private static void assertEndsAreShown(Diagram diagram) {
		Set<DiagramNode> shown = Set.copyOf(diagram.nodes());
		for (DiagramEdge edge : diagram.edges()) {
			assertTrue(shown.contains(edge.source()) && shown.contains(edge.target()), edge.id() + " " + edge.kind());
			assertFalse(edge.points().isEmpty(), "every line left is laid out");
		}
	}

	private static List<DiagramNode> kinds(Diagram diagram, String kind) {
		return diagram.nodes().stream().filter(n -> n.kind().equals(kind)).toList();
	}

	private static Diagram governance(DiagramFilter filter) {
		return ExampleDiagrams.laidOut("botkyrka", "underavtal.samverkan", DiagramView.GOVERNANCE, filter);
	}
}
