/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.render.DotWriter;
import se.samverka.diagram.render.GraphMlWriter;

/** Botkyrka's governance as GraphML for yEd and as DOT for Graphviz, read back by an XML parser and by dot. */
class DiagramFormatsTest {
	@TempDir
	Path folder;

	@Test
	void graphMlHasEveryBoxNestedLikeTheDiagramAndEveryLine() throws Exception {
		Diagram diagram = governance();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document graphml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(GraphMlWriter.write(diagram)));
		NodeList nodes = graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
		assertEquals(diagram.nodes().size(), nodes.getLength());
		assertEquals(diagram.edges().size(),
				graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge").getLength());
		Set<String> labels = new HashSet<>();
		NodeList texts = graphml.getElementsByTagNameNS("http://www.yworks.com/xml/graphml", "NodeLabel");
		for (int i = 0; i < texts.getLength(); i++) {
			labels.add(texts.item(i).getTextContent().lines().findFirst().orElse(""));
		}
		assertTrue(labels.contains("Närpolisområde Botkyrka"), labels.toString());
		int groups = 0;
		for (int i = 0; i < nodes.getLength(); i++) {
			Element node = (Element) nodes.item(i);
			if (node.getAttribute("id").startsWith("area-group:")) {
				groups++;
				assertEquals("group", node.getAttribute("yfiles.foldertype"));
				assertEquals(1, node.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").getLength(),
						"each area group holds its network group");
			}
		}
		assertEquals(5, groups);
	}

	@Test
	void dotIsLaidOutByGraphvizWithTheLabels() throws Exception {
		Path dot = folder.resolve("styrning.dot");
		Files.writeString(dot, DotWriter.write(governance()));
		Path svg = folder.resolve("styrning.svg");
		Process graphviz = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), dot.toString()).redirectErrorStream(true)
				.start();
		String output = new String(graphviz.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, graphviz.waitFor(), output);
		String drawn = Files.readString(svg);
		assertTrue(drawn.contains("Närpolisområde Botkyrka"), "the labels, å ä ö included, reach the drawing");
		assertTrue(drawn.contains("<title>cluster_area"), "area groups are clusters");
	}

	@Test
	void quotesAndBackslashesInNamesCannotBreakTheDot() {
		Diagram diagram = new Diagram("Titel med \"citat\" och \\");
		diagram.root().add(new se.samverka.diagram.model.DiagramNode("a\"b", "party", "x\" -> \"y", null));
		String dot = DotWriter.write(diagram);
		assertTrue(dot.contains("\"a\\\"b\" [label=\"x\\\" -> \\\"y\"]"), dot);
	}

	@Test
	void aControlCharacterInANameStillGivesGraphMlThatParses() throws Exception {
		Diagram diagram = new Diagram("Styrning");
		diagram.root().add(new se.samverka.diagram.model.DiagramNode("a", "party", "Kommun\u0001en <&>", null));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document graphml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(GraphMlWriter.write(diagram)));
		assertEquals("Kommun\uFFFDen <&>", graphml.getElementsByTagNameNS("http://www.yworks.com/xml/graphml", "NodeLabel")
				.item(0).getTextContent());
	}

	private static Diagram governance() {
		return ExampleDiagrams.laidOut("botkyrka", "underavtal.samverkan", DiagramView.GOVERNANCE, DiagramFilter.NONE);
	}
}
