/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.oef;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.exchange.Texts;
import se.samverka.model.Agreement;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.xml.XmlText;

/**
 * An agreement's governance structure in The Open Group's ArchiMate Model Exchange File Format
 * (3.x), so that Archi and other ArchiMate tools can import it: elements, relationships, the
 * folders Archi files them in, and one view laid out by ELK so the structure is seen at once.
 * Text is escaped by the XML writer; characters that XML 1.0 cannot carry are replaced. The same
 * model gives the same bytes.
 */
public final class OpenExchangeWriter {
	public static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/";
	private static final String SCHEMA_LOCATION = NAMESPACE
			+ " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd";
	private static final String LANGUAGE = "sv";

	private OpenExchangeWriter() {
	}

	public static byte[] write(Agreement agreement) {
		Governance governance = Governance.of(agreement);
		String title = ElementLabels.of(agreement);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("model");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
			xml.writeAttribute(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation", SCHEMA_LOCATION);
			xml.writeAttribute("identifier", "id-model");
			text(xml, "name", title);
			text(xml, "documentation", Texts.get("oef.documentation", title));
			elements(xml, governance.elements());
			relationships(xml, governance.relationships());
			organizations(xml, governance);
			view(xml, governance, title);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException impossible) {
			throw new IllegalStateException("writing ArchiMate exchange XML to memory", impossible);
		}
		return out.toByteArray();
	}

	private static void elements(XMLStreamWriter xml, List<Governance.Element> elements) throws XMLStreamException {
		if (elements.isEmpty()) {
			return; // the schema wants at least one element inside <elements>
		}
		xml.writeStartElement("elements");
		for (Governance.Element element : elements) {
			xml.writeStartElement("element");
			xml.writeAttribute("identifier", element.id());
			type(xml, element.type());
			text(xml, "name", element.name());
			if (element.documentation() != null && !element.documentation().isBlank()) {
				text(xml, "documentation", element.documentation());
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static void relationships(XMLStreamWriter xml, List<Governance.Relationship> relationships)
			throws XMLStreamException {
		if (relationships.isEmpty()) {
			return;
		}
		xml.writeStartElement("relationships");
		for (Governance.Relationship relationship : relationships) {
			xml.writeStartElement("relationship");
			xml.writeAttribute("identifier", relationship.id());
			xml.writeAttribute("source", relationship.source());
			xml.writeAttribute("target", relationship.target());
			type(xml, relationship.type());
			text(xml, "name", relationship.name());
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	/** Archi's own folders: the business elements in one, the relationships in the other. */
	private static void organizations(XMLStreamWriter xml, Governance governance) throws XMLStreamException {
		if (governance.elements().isEmpty()) {
			return;
		}
		xml.writeStartElement("organizations");
		folder(xml, "Business", governance.elements().stream().map(Governance.Element::id).toList());
		folder(xml, "Relations", governance.relationships().stream().map(Governance.Relationship::id).toList());
		folder(xml, "Views", List.of(VIEW));
		xml.writeEndElement();
	}

	private static void folder(XMLStreamWriter xml, String label, List<String> ids) throws XMLStreamException {
		if (ids.isEmpty()) {
			return;
		}
		xml.writeStartElement("item");
		xml.writeStartElement("label");
		xml.writeCharacters(label);
		xml.writeEndElement();
		for (String id : ids) {
			xml.writeEmptyElement("item");
			xml.writeAttribute("identifierRef", id);
		}
		xml.writeEndElement();
	}

	private static final String VIEW = "id-view.governance";

	/** One diagram of everything, laid out left to right by ELK as Samverka's own diagrams are. */
	private static void view(XMLStreamWriter xml, Governance governance, String title) throws XMLStreamException {
		if (governance.elements().isEmpty()) {
			return;
		}
		Diagram diagram = new Diagram(title);
		Map<String, DiagramNode> nodes = new HashMap<>();
		for (Governance.Element element : governance.elements()) {
			DiagramNode node = new DiagramNode(element.id(), element.type(), XmlText.safe(element.name()), null);
			diagram.root().add(node);
			nodes.put(element.id(), node);
		}
		for (Governance.Relationship relationship : governance.relationships()) {
			diagram.connect(nodes.get(relationship.source()), nodes.get(relationship.target()), relationship.id(),
					XmlText.safe(relationship.name()));
		}
		DiagramPipeline.layout(diagram);
		xml.writeStartElement("views");
		xml.writeStartElement("diagrams");
		xml.writeStartElement("view");
		xml.writeAttribute("identifier", VIEW);
		type(xml, "Diagram");
		text(xml, "name", Texts.get("oef.view"));
		for (DiagramNode node : diagram.root().children()) {
			xml.writeStartElement("node");
			xml.writeAttribute("identifier", nodeId(node.id()));
			xml.writeAttribute("elementRef", node.id());
			type(xml, "Element");
			xml.writeAttribute("x", coordinate(node.x()));
			xml.writeAttribute("y", coordinate(node.y()));
			xml.writeAttribute("w", size(node.width()));
			xml.writeAttribute("h", size(node.height()));
			xml.writeEndElement();
		}
		for (DiagramEdge edge : diagram.edges()) {
			xml.writeStartElement("connection");
			xml.writeAttribute("identifier", "id-conn." + edge.kind().substring(3));
			xml.writeAttribute("relationshipRef", edge.kind());
			type(xml, "Relationship");
			xml.writeAttribute("source", nodeId(edge.source().id()));
			xml.writeAttribute("target", nodeId(edge.target().id()));
			// ELK's bends, without the two ends, which Archi draws from the boxes
			for (int i = 1; i < edge.points().size() - 1; i++) {
				xml.writeEmptyElement("bendpoint");
				xml.writeAttribute("x", coordinate(edge.points().get(i)[0]));
				xml.writeAttribute("y", coordinate(edge.points().get(i)[1]));
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static String nodeId(String elementId) {
		return "id-node." + elementId.substring(3);
	}

	private static void type(XMLStreamWriter xml, String type) throws XMLStreamException {
		xml.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type", type);
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", LANGUAGE);
		xml.writeCharacters(XmlText.safe(text));
		xml.writeEndElement();
	}

	private static String coordinate(double value) {
		return Long.toString(Math.max(0, Math.round(value)));
	}

	private static String size(double value) {
		return Long.toString(Math.max(1, Math.round(value)));
	}
}
