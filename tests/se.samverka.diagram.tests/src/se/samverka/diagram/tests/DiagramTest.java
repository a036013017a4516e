/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.render.PngWriter;
import se.samverka.diagram.render.SvgWriter;

/** The diagrams of the seed models: their boxes and lines, a layout without overlaps, SVG and PNG. */
class DiagramTest {

	@Test
	void botkyrkaGovernanceHasFiveAreaGroupsEachHoldingOneNetworkGroup() throws Exception {
		Diagram diagram = laidOut("botkyrka", "underavtal.samverkan", DiagramView.GOVERNANCE);
		List<DiagramNode> areaGroups = kind(diagram, "area-group");
		assertEquals(5, areaGroups.size());
		for (DiagramNode areaGroup : areaGroups) {
			assertEquals(1, areaGroup.children().stream().filter(c -> c.kind().equals("network-group")).count(),
					areaGroup.label());
		}
		assertEquals(2, kind(diagram, "party").size());
		assertEquals(1, kind(diagram, "steering-group").size());
		assertEquals(2, kind(diagram, "coordinator").size());
		DiagramNode steering = kind(diagram, "steering-group").get(0);
		assertTrue(steering.details().contains("2 gånger per år"), steering.details().toString());
		assertTrue(steering.details().stream().anyMatch(d -> d.startsWith("ordförande roterar")));
		assertTrue(diagram.edges().stream().anyMatch(e -> e.kind().equals("reports-to")
				&& e.source().kind().equals("working-group") && e.target() == steering));
		assertTrue(steering.children().stream().anyMatch(c -> c.kind().equals("member") && c.isRow()),
				"the steering group lists its members");
		assertTrue(kind(diagram, "crime-prevention-council").get(0).findings().isEmpty() == false,
				"the G8 finding on BRÅ is shown on its box");
	}

	@Test
	void botkyrkaTraceabilityLinksPriorityAreasMeasuresGoalsAndFollowUp() throws Exception {
		Diagram diagram = laidOut("botkyrka", "underavtal.samverkan", DiagramView.TRACEABILITY);
		assertEquals(4, kind(diagram, "priority-area").size());
		assertEquals(8, kind(diagram, "measure").size());
		assertEquals(8, kind(diagram, "goal").size());
		assertTrue(kind(diagram, "goal").stream().anyMatch(g -> g.details().contains("93 → 186 personer")));
		assertTrue(kind(diagram, "measure").stream().noneMatch(DiagramNode::isGap), "every measure is followed up");
		List<DiagramNode> followUps = kind(diagram, "follow-up");
		assertEquals(1, followUps.size());
		assertEquals(List.of("1 gång per år"), followUps.get(0).details());
		assertEquals(8, diagram.edges().stream().filter(e -> e.kind().equals("followed-up-by")).count());
	}

	@Test
	void jarvaPriorityAreasWithoutFindingsOrMeasuresAreGaps() throws Exception {
		Diagram diagram = laidOut("jarva", "jarva.samverkan", DiagramView.TRACEABILITY);
		assertEquals(5, kind(diagram, "priority-area").size());
		assertTrue(kind(diagram, "priority-area").stream().allMatch(DiagramNode::isGap));
		assertTrue(SvgWriter.write(diagram).contains("stroke-dasharray"), "gaps are drawn dashed");
	}

	@Test
	void communicationShowsTargetGroupsAndSpokespersons() throws Exception {
		Diagram diagram = laidOut("botkyrka", "underavtal.samverkan", DiagramView.COMMUNICATION);
		assertEquals(6, kind(diagram, "target-group").size());
		assertTrue(kind(diagram, "spokesperson").stream().anyMatch(s -> s.details().contains("Towe Hägg")));
		Diagram spanga = laidOut("spanga-tensta", "spanga-tensta.samverkan", DiagramView.COMMUNICATION);
		assertEquals(6, kind(spanga, "target-group").size());
		assertEquals(5, kind(spanga, "channel").size());
		assertEquals(4, kind(spanga, "activity").size());
	}

	@Test
	void noSiblingBoxesOverlapAndChildrenStayInsideTheirParent() throws Exception {
		for (DiagramView view : DiagramView.values()) {
			Diagram diagram = laidOut("botkyrka", "underavtal.samverkan", view);
			for (DiagramNode parent : diagram.root().allNodes()) {
				List<DiagramNode> siblings = parent.children();
				for (int i = 0; i < siblings.size(); i++) {
					for (int j = i + 1; j < siblings.size(); j++) {
						assertFalse(overlap(siblings.get(i), siblings.get(j)),
								view + ": " + siblings.get(i).label() + " overlaps " + siblings.get(j).label());
					}
					if (parent != diagram.root()) {
						DiagramNode child = siblings.get(i);
						assertTrue(child.x() >= parent.x() && child.y() >= parent.y()
								&& child.x() + child.width() <= parent.x() + parent.width() + 0.5
								&& child.y() + child.height() <= parent.y() + parent.height() + 0.5,
								child.label() + " outside " + parent.label());
					}
				}
			}
		}
	}

	@Test
	void svgIsWellFormedWithTheLabelsAndEscapesText() throws Exception {
		Diagram diagram = laidOut("botkyrka", "underavtal.samverkan", DiagramView.GOVERNANCE);
		String svg = SvgWriter.write(diagram);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		NodeList texts = document.getElementsByTagName("text");
		Set<String> labels = new HashSet<>();
		for (int i = 0; i < texts.getLength(); i++) {
			labels.add(texts.item(i).getTextContent());
		}
		assertTrue(labels.contains("Närpolisområde Botkyrka"), labels.toString());
		assertTrue(labels.contains("Botkyrka kommun"));
		assertTrue(labels.contains("Botkyrkas brottsförebyggande råd (lokala BRÅ)"));
		assertEquals(diagram.nodes().size(), document.getElementsByTagName("rect").getLength());
	}

	@Test
	void pngIsAnImageWithSomethingDrawnOnIt() throws Exception {
		Diagram diagram = laidOut("botkyrka", "underavtal.samverkan", DiagramView.GOVERNANCE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PngWriter.write(diagram, out);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
		assertTrue(image.getWidth() > 200 && image.getHeight() > 200);
		Set<Integer> colours = new HashSet<>();
		for (int x = 0; x < image.getWidth(); x += 7) {
			for (int y = 0; y < image.getHeight(); y += 7) {
				colours.add(image.getRGB(x, y));
			}
		}
		assertTrue(colours.size() > 5, "the image is not blank: " + colours.size() + " colours");
	}

	private static List<DiagramNode> kind(Diagram diagram, String kind) {
		return diagram.nodes().stream().filter(n -> n.kind().equals(kind)).toList();
	}

	private static boolean overlap(DiagramNode a, DiagramNode b) {
		return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
				&& b.y() < a.y() + a.height();
	}

	private static Diagram laidOut(String folder, String file, DiagramView view) throws Exception {
		return ExampleDiagrams.laidOut(folder, file, view, DiagramFilter.NONE);
	}
}
