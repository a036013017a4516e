/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.render;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.model.xml.XmlText;

/**
 * A laid-out diagram as GraphML with yEd's graphics extension, so it opens in yEd as drawn:
 * boxes with their place, size, colour and label, nested boxes as yEd groups holding their
 * nodes, lines with their route and label. The label and kind of each box (groups too) and line
 * are also plain GraphML data, declared as attributes, so generic readers (networkx, Gephi) read
 * them. Text is escaped by the XML writer.
 */
public final class GraphMlWriter {
	private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
	private static final String YED = "http://www.yworks.com/xml/graphml";

	private GraphMlWriter() {
	}

	public static byte[] write(Diagram diagram) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(GRAPHML);
			xml.writeNamespace("y", YED);
			key(xml, "node", "graphics", "yfiles.type", "nodegraphics");
			key(xml, "edge", "edgegraphics", "yfiles.type", "edgegraphics");
			key(xml, "node", "label", "attr.name", "label");
			key(xml, "node", "kind", "attr.name", "kind");
			key(xml, "edge", "edgelabel", "attr.name", "label");
			key(xml, "edge", "edgekind", "attr.name", "kind");
			key(xml, "node", "findings", "attr.name", "findings");
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "G");
			xml.writeAttribute("edgedefault", "directed");
			for (DiagramNode node : diagram.root().children()) {
				node(xml, node);
			}
			for (DiagramEdge edge : diagram.edges()) {
				edge(xml, edge);
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException impossible) {
			throw new IllegalStateException("writing GraphML to memory", impossible);
		}
		return out.toByteArray();
	}

	private static void key(XMLStreamWriter xml, String owner, String id, String attribute, String value)
			throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("for", owner);
		xml.writeAttribute("id", id);
		xml.writeAttribute(attribute, value);
		if (attribute.equals("attr.name")) {
			xml.writeAttribute("attr.type", "string");
		}
	}

	private static void node(XMLStreamWriter xml, DiagramNode node) throws XMLStreamException {
		xml.writeStartElement("node");
		xml.writeAttribute("id", node.id());
		boolean group = !node.children().isEmpty();
		if (group) {
			xml.writeAttribute("yfiles.foldertype", "group");
		}
		data(xml, "label", node.label());
		data(xml, "kind", node.kind());
		if (!node.findings().isEmpty()) {
			data(xml, "findings", String.join(" ", node.findings()));
		}
		xml.writeStartElement("data");
		xml.writeAttribute("key", "graphics");
		if (group) {
			xml.writeStartElement("y", "ProxyAutoBoundsNode", YED);
			xml.writeStartElement("y", "Realizers", YED);
			xml.writeAttribute("active", "0");
			shape(xml, "GroupNode", node);
			xml.writeEndElement();
			xml.writeEndElement();
		} else {
			shape(xml, "ShapeNode", node);
		}
		xml.writeEndElement();
		if (group) {
			xml.writeStartElement("graph");
			xml.writeAttribute("id", node.id() + ":");
			xml.writeAttribute("edgedefault", "directed");
			for (DiagramNode child : node.children()) {
				node(xml, child);
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static void shape(XMLStreamWriter xml, String realizer, DiagramNode node) throws XMLStreamException {
		xml.writeStartElement("y", realizer, YED);
		xml.writeEmptyElement("y", "Geometry", YED);
		xml.writeAttribute("x", number(node.x()));
		xml.writeAttribute("y", number(node.y()));
		xml.writeAttribute("width", number(node.width()));
		xml.writeAttribute("height", number(node.height()));
		xml.writeEmptyElement("y", "Fill", YED);
		xml.writeAttribute("color", Style.fill(node).toUpperCase(Locale.ROOT));
		xml.writeAttribute("transparent", "false");
		xml.writeEmptyElement("y", "BorderStyle", YED);
		xml.writeAttribute("color", node.isGap() ? Style.GAP : Style.LINE);
		xml.writeAttribute("type", node.isGap() ? "dashed" : "line");
		xml.writeAttribute("width", node.isGap() ? "2.5" : "1.0");
		xml.writeStartElement("y", "NodeLabel", YED);
		xml.writeAttribute("modelName", "internal");
		xml.writeAttribute("modelPosition", "t");
		// the lines as the layout wrapped them, so the text fits the box yEd draws
		String label = String.join("\n", node.titleLines())
				+ (node.detailLines().isEmpty() ? "" : "\n" + String.join("\n", node.detailLines()));
		xml.writeCharacters(XmlText.safe(label));
		xml.writeEndElement();
		if (realizer.equals("ShapeNode")) {
			xml.writeEmptyElement("y", "Shape", YED);
			xml.writeAttribute("type", "roundrectangle");
		}
		xml.writeEndElement();
	}

	private static void edge(XMLStreamWriter xml, DiagramEdge edge) throws XMLStreamException {
		xml.writeStartElement("edge");
		xml.writeAttribute("id", edge.id());
		xml.writeAttribute("source", edge.source().id());
		xml.writeAttribute("target", edge.target().id());
		data(xml, "edgelabel", edge.label() == null ? "" : edge.label());
		data(xml, "edgekind", edge.kind());
		xml.writeStartElement("data");
		xml.writeAttribute("key", "edgegraphics");
		xml.writeStartElement("y", "PolyLineEdge", YED);
		xml.writeStartElement("y", "Path", YED);
		// yEd's path: the bends between the ends, in absolute coordinates
		for (int i = 1; i < edge.points().size() - 1; i++) {
			xml.writeEmptyElement("y", "Point", YED);
			xml.writeAttribute("x", number(edge.points().get(i)[0]));
			xml.writeAttribute("y", number(edge.points().get(i)[1]));
		}
		xml.writeEndElement();
		xml.writeEmptyElement("y", "LineStyle", YED);
		xml.writeAttribute("color", Style.LINE);
		xml.writeAttribute("type", "line");
		xml.writeAttribute("width", "1.0");
		xml.writeEmptyElement("y", "Arrows", YED);
		xml.writeAttribute("source", "none");
		xml.writeAttribute("target", "standard");
		xml.writeStartElement("y", "EdgeLabel", YED);
		xml.writeCharacters(XmlText.safe(edge.label()));
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(XmlText.safe(value));
		xml.writeEndElement();
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
