/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.samverka.diagram.generation.DiagramDescription;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.model.EdgeKinds;
import se.samverka.diagram.model.NodeKinds;
import se.samverka.model.nls.Language;

/**
 * A diagram told in words, the alternative text of a printed diagram, on small diagrams made by hand:
 * a chart from the top down with the groups a body holds, the parties alone, bodies side by side, and
 * a chain with a priority area that has no measure yet; in Swedish and in English.
 */
class DiagramDescriptionTest {

	private static Diagram chart() {
		Diagram chart = new Diagram("Styrning");
		DiagramNode steering = chart.root().add(new DiagramNode("s", NodeKinds.STEERING_GROUP, "Styrgrupp", null));
		steering.setLevel(0);
		steering.add(new DiagramNode("m1", NodeKinds.MEMBER, "Polismästare", null)).markRow();
		steering.add(new DiagramNode("m2", NodeKinds.MEMBER, "Kommundirektör", null)).markRow();
		DiagramNode forums = chart.root().add(new DiagramNode("f", NodeKinds.OTHER_BODY, "Områdesgrupperna", null));
		forums.setLevel(1);
		for (String area : new String[] { "Norr", "Söder" }) {
			DiagramNode group = forums.add(new DiagramNode("a" + area, NodeKinds.AREA_GROUP, "Områdesgrupp " + area, null));
			group.add(new DiagramNode("n" + area, NodeKinds.NETWORK_GROUP, "Nätverksgrupp " + area, null));
		}
		DiagramNode legend = chart.root().add(new DiagramNode("l", NodeKinds.LEGEND, "Teckenförklaring", null));
		legend.setLevel(0);
		legend.add(new DiagramNode("p1", NodeKinds.PARTY, "Polisen", null)).markRow();
		legend.add(new DiagramNode("p2", NodeKinds.PARTY, "Kommunen", null)).markRow();
		return chart;
	}

	@Test
	void aChartIsToldFromTheTopDownWithWhatEachBodyHolds() {
		assertEquals("Organisationsschema: överst Styrgrupp med två medlemmar; under den Områdesgrupperna med två "
				+ "områdesgrupper (Områdesgrupp Norr och Områdesgrupp Söder), var och en med en nätverksgrupp. "
				+ "Parterna: Polisen och Kommunen.", DiagramDescription.of(DiagramView.GOVERNANCE, chart()));
	}

	@Test
	void aChartWithoutBodiesNamesItsPartiesAndBodiesSideBySideAreCounted() {
		Diagram parties = chart();
		parties.root().children().removeIf(node -> !NodeKinds.LEGEND.equals(node.kind()));
		assertEquals("Organisationsschema: parterna Polisen och Kommunen, utan organ.",
				DiagramDescription.of(DiagramView.GOVERNANCE, parties));
		Diagram unranked = new Diagram("Styrning");
		unranked.root().add(new DiagramNode("g1", NodeKinds.COOPERATION_GROUP, "Grannsamverkan", null));
		unranked.root().add(new DiagramNode("g2", NodeKinds.COOPERATION_GROUP, "Krissamverkan", null));
		assertEquals("Organisationsschema: två samverkansgrupper (Grannsamverkan och Krissamverkan).",
				DiagramDescription.of(DiagramView.GOVERNANCE, unranked));
	}

	@Test
	void aChainIsToldPriorityAreaByPriorityArea() {
		Diagram chain = new Diagram("Spårbarhet");
		DiagramNode finding = chain.root().add(new DiagramNode("f", NodeKinds.FINDING, "Bostadsinbrott", null));
		DiagramNode safety = chain.root().add(new DiagramNode("pa1", NodeKinds.PRIORITY_AREA, "Trygghet", null));
		chain.root().add(new DiagramNode("pa2", NodeKinds.PRIORITY_AREA, "Brottsoffer", null));
		DiagramNode walks = chain.root().add(new DiagramNode("m", NodeKinds.MEASURE, "Nattvandring", null));
		DiagramNode goal = chain.root().add(new DiagramNode("g", NodeKinds.GOAL, "Fler vuxna ute", null));
		chain.connect(finding, safety, EdgeKinds.JUSTIFIES, "motiverar");
		chain.connect(safety, walks, EdgeKinds.ADDRESSED_BY, "åtgärd");
		chain.connect(walks, goal, EdgeKinds.AIMS_AT, "mål");
		assertEquals("Spårbarhetsdiagram: två prioriterade områden: Trygghet (motiveras av ett underlag ur lägesbilden; "
				+ "åtgärden Nattvandring); Brottsoffer (utan underlag ur lägesbilden; ännu ingen åtgärd). Varje åtgärd "
				+ "har mål (ett mål sammanlagt).", DiagramDescription.of(DiagramView.TRACEABILITY, chain));
	}

	@Test
	void inEnglishTheDescriptionIsEnglish() {
		Locale before = Language.current();
		try {
			Language.use(Language.ENGLISH);
			assertEquals("Organisation chart: at the top Styrgrupp with two members; below it Områdesgrupperna with two "
					+ "area groups (Områdesgrupp Norr and Områdesgrupp Söder), each with one network group. "
					+ "The parties: Polisen and Kommunen.", DiagramDescription.of(DiagramView.GOVERNANCE, chart()));
		} finally {
			Language.use(before);
		}
	}
}
