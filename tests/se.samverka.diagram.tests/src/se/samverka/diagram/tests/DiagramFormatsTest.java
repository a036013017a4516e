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
import java.util.List;
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
import se.samverka.diagram.model.DiagramNode;
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
				NodeList inside = node.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
				int networkGroups = 0;
				for (int j = 0; j < inside.getLength(); j++) {
					String id = ((Element) inside.item(j)).getAttribute("id");
					// besides the rows of its members' list
					assertTrue(id.startsWith("network-group:") || id.startsWith("member:"), id);
					networkGroups += id.startsWith("network-group:") ? 1 : 0;
				}
				assertEquals(1, networkGroups, "each area group holds its network group");
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

	/** Generic GraphML readers find each box's and line's label and kind as declared data, groups included. */
	@Test
	void graphMlDeclaresLabelAndKindAsDataOfEveryBoxAndLine() throws Exception {
		Diagram diagram = governance();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document graphml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(GraphMlWriter.write(diagram)));
		String namespace = "http://graphml.graphdrawing.org/xmlns";
		java.util.Map<String, String> keys = new java.util.HashMap<>();
		NodeList declared = graphml.getElementsByTagNameNS(namespace, "key");
		for (int i = 0; i < declared.getLength(); i++) {
			Element key = (Element) declared.item(i);
			if (key.hasAttribute("attr.name")) {
				assertEquals("string", key.getAttribute("attr.type"));
				keys.put(key.getAttribute("for") + "." + key.getAttribute("attr.name"), key.getAttribute("id"));
			}
		}
		java.util.Map<String, String> nodeLabels = new java.util.HashMap<>();
		NodeList nodes = graphml.getElementsByTagNameNS(namespace, "node");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element node = (Element) nodes.item(i);
			nodeLabels.put(node.getAttribute("id"), ownData(node, keys.get("node.label")));
			assertTrue(!ownData(node, keys.get("node.kind")).isEmpty(), node.getAttribute("id"));
		}
		for (DiagramNode node : diagram.nodes()) {
			assertEquals(node.label(), nodeLabels.get(node.id()), node.id());
		}
		assertEquals("Områdesgrupp Alby", nodeLabels.get("area-group:OmrådesgruppAlby"), "a group has its label");
		NodeList edges = graphml.getElementsByTagNameNS(namespace, "edge");
		Set<String> edgeLabels = new HashSet<>();
		Set<String> edgeKinds = new HashSet<>();
		for (int i = 0; i < edges.getLength(); i++) {
			edgeLabels.add(ownData((Element) edges.item(i), keys.get("edge.label")));
			edgeKinds.add(ownData((Element) edges.item(i), keys.get("edge.kind")));
		}
		assertEquals(Set.of("rapporterar till", "ger uppdrag", "leder", "utser ordförande"), edgeLabels);
		assertEquals(Set.of("reports-to", "assigns", "leads", "appoints"), edgeKinds);
	}

	/** networkx (as Gephi and other generic tools) reads the labels, where python3 has it. */
	@Test
	void networkxReadsTheLabels() throws Exception {
		Process probe = new ProcessBuilder("python3", "-c", "import networkx").redirectErrorStream(true).start();
		probe.getInputStream().readAllBytes();
		org.junit.jupiter.api.Assumptions.assumeTrue(probe.waitFor() == 0, "python3 with networkx");
		Path file = folder.resolve("styrning.graphml");
		Files.write(file, GraphMlWriter.write(governance()));
		Process networkx = new ProcessBuilder("python3", "-c", String.join("\n",
				"import sys, networkx",
				"g = networkx.read_graphml(sys.argv[1])",
				"print(g.nodes['area-group:OmrådesgruppAlby']['label'])",
				"print(g.nodes['steering-group:Styrgruppen']['kind'])",
				"print(sorted(set(d['label'] for _, _, d in g.edges(data=True))))"), file.toString())
				.redirectErrorStream(true).start();
		String out = new String(networkx.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, networkx.waitFor(), out);
		assertEquals(List.of("Områdesgrupp Alby", "steering-group", "['ger uppdrag', 'leder', 'rapporterar till', 'utser ordförande']"), out.lines().toList());
	}

	/** The text of an element's own data of the given key (not a nested box's). */
	private static String ownData(Element owner, String key) {
		for (org.w3c.dom.Node child = owner.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element data && data.getLocalName().equals("data") && data.getAttribute("key").equals(key)) {
				return data.getTextContent();
			}
		}
		return "";
	}

	/** Graphviz draws exactly the diagram's boxes: a line to an area group ends at its cluster, no box is made up for it. */
	@Test
	void linesToGroupsAttachToTheirClustersWithoutPhantomBoxes() throws Exception {
		Diagram diagram = governance();
		Path dot = folder.resolve("styrning.dot");
		Files.writeString(dot, DotWriter.write(diagram));
		Process graphviz = new ProcessBuilder("dot", "-Tplain", dot.toString()).start();
		String plain = new String(graphviz.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String warnings = new String(graphviz.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, graphviz.waitFor());
		// e.g. "head is inside tail cluster" for a line from an area group to its network group
		assertEquals("", warnings, "dot draws every line as written");
		java.util.Set<String> drawn = new java.util.TreeSet<>();
		for (String line : plain.lines().toList()) {
			if (line.startsWith("node ")) {
				String rest = line.substring("node ".length());
				drawn.add(rest.startsWith("\"") ? rest.substring(1, rest.indexOf('"', 1)) : rest.substring(0, rest.indexOf(' ')));
			}
		}
		java.util.Set<String> boxes = new java.util.TreeSet<>();
		diagram.nodes().stream().filter(node -> node.children().isEmpty()).forEach(node -> boxes.add(node.id()));
		assertEquals(boxes, drawn);
		assertTrue(diagram.edges().stream().anyMatch(edge -> !edge.target().children().isEmpty()
				|| !edge.source().children().isEmpty()), "Botkyrka's governance has lines to groups");
		assertTrue(Files.readString(dot).contains("lhead=\"cluster_"), "lines to groups end at their clusters");
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
