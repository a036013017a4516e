package se.samverka.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.samverka.exchange.oef.OpenExchangeWriter;
import se.samverka.model.Agreement;
import se.samverka.model.BodyKind;

/**
 * The governance of the three examples in the ArchiMate Open Exchange Format, read back with the
 * JDK's XML parser (external entities off) and checked against the format's documented structure:
 * the root and namespace, identifiers that are unique and referred to correctly, the element and
 * relationship types, and relationships that ArchiMate 3.1 allows between those types.
 */
class OpenExchangeTest {
	private static final String NS = "http://www.opengroup.org/xsd/archimate/3.0/";
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
	/** The relationships written, each with the element types ArchiMate 3.1 allows at its ends. */
	private static final Set<String> ALLOWED = Set.of("Association Contract BusinessActor",
			"Association BusinessActor Contract", "Aggregation BusinessCollaboration BusinessRole",
			"Aggregation BusinessCollaboration BusinessActor", "Composition BusinessCollaboration BusinessCollaboration",
			"Flow BusinessCollaboration BusinessCollaboration", "Assignment BusinessActor BusinessRole",
			"Aggregation BusinessActor BusinessActor");

	@Test
	void botkyrkasGovernanceIsActorsCollaborationsAndRoles() throws Exception {
		Agreement agreement = Examples.load("botkyrka/underavtal.samverkan").first().getAgreements().get(0);
		Document oef = parse(OpenExchangeWriter.write(agreement));
		Map<String, Element> elements = elements(oef);
		assertEquals("Samverkansavtal – Underavtal", text(oef.getDocumentElement(), "name"));
		assertTrue(names(elements, "BusinessActor").containsAll(List.of("Närpolisområde Botkyrka", "Botkyrka kommun")));
		long areaGroups = agreement.getBodies().stream().flatMap(b -> java.util.stream.Stream.concat(java.util.stream.Stream.of(b),
				b.getSubBodies().stream())).filter(b -> b.getKind() == BodyKind.AREA_GROUP).count();
		assertTrue(names(elements, "BusinessCollaboration").containsAll(List.of("Styrgrupp", "Arbetsgrupp")));
		assertTrue(names(elements, "BusinessCollaboration").size() >= 2 + areaGroups);
		assertTrue(names(elements, "BusinessRole").containsAll(List.of("Polismästare", "Kommundirektör")));
		List<String> relationships = relationships(oef, elements);
		assertTrue(relationships.contains("Aggregation Styrgrupp Polismästare"), relationships.toString());
		assertTrue(relationships.contains("Flow Arbetsgrupp Styrgrupp"), "the working group reports to the steering group");
		assertTrue(relationships.contains("Association Närpolisområde Botkyrka Samverkansavtal – Underavtal"));
	}

	@Test
	void everyExampleFollowsTheExchangeFormatsStructure() throws Exception {
		for (String file : Examples.FILES) {
			Agreement agreement = Examples.load(file).first().getAgreements().get(0);
			byte[] bytes = OpenExchangeWriter.write(agreement);
			assertArrayEquals(bytes, OpenExchangeWriter.write(agreement), "the same model gives the same file");
			Document oef = parse(bytes);
			assertEquals(NS, oef.getDocumentElement().getNamespaceURI());
			assertEquals("model", oef.getDocumentElement().getLocalName());
			List<String> order = new ArrayList<>();
			for (var child = oef.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element element) {
					order.add(element.getLocalName());
				}
			}
			assertEquals(List.of("name", "documentation", "elements", "relationships", "organizations"), order, file);
			Map<String, Element> elements = elements(oef);
			Set<String> identifiers = new java.util.HashSet<>(elements.keySet());
			NodeList relationships = oef.getElementsByTagNameNS(NS, "relationship");
			for (int i = 0; i < relationships.getLength(); i++) {
				Element relationship = (Element) relationships.item(i);
				assertTrue(identifiers.add(relationship.getAttribute("identifier")), "unique: " + relationship.getAttribute("identifier"));
				Element source = elements.get(relationship.getAttribute("source"));
				Element target = elements.get(relationship.getAttribute("target"));
				assertTrue(source != null && target != null, file + ": " + relationship.getAttribute("identifier") + " refers to elements");
				String triple = relationship.getAttributeNS(XSI, "type") + " " + source.getAttributeNS(XSI, "type") + " "
						+ target.getAttributeNS(XSI, "type");
				assertTrue(ALLOWED.contains(triple), file + ": ArchiMate allows " + triple);
			}
			NodeList references = oef.getElementsByTagNameNS(NS, "item");
			for (int i = 0; i < references.getLength(); i++) {
				Element item = (Element) references.item(i);
				assertTrue(!item.hasAttribute("identifierRef") || identifiers.contains(item.getAttribute("identifierRef")));
			}
			for (String id : identifiers) {
				assertTrue(id.matches("[\\p{L}_][\\p{L}\\p{N}._-]*"), "an xs:ID: " + id);
			}
		}
	}

	@Test
	void modelStringsAreEscaped() throws Exception {
		Agreement agreement = Examples.load("jarva/jarva.samverkan").first().getAgreements().get(0);
		agreement.setTitle("<script>&\"'</script> åäö");
		Document oef = parse(OpenExchangeWriter.write(agreement));
		assertEquals("<script>&\"'</script> åäö", text(oef.getDocumentElement(), "name"));
	}

	private static Document parse(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	private static Map<String, Element> elements(Document oef) {
		Map<String, Element> elements = new HashMap<>();
		NodeList nodes = oef.getElementsByTagNameNS(NS, "element");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element element = (Element) nodes.item(i);
			assertTrue(elements.put(element.getAttribute("identifier"), element) == null, "unique identifiers");
		}
		return elements;
	}

	private static List<String> names(Map<String, Element> elements, String type) {
		return elements.values().stream().filter(e -> type.equals(e.getAttributeNS(XSI, "type"))).map(e -> text(e, "name")).toList();
	}

	private static List<String> relationships(Document oef, Map<String, Element> elements) {
		List<String> relationships = new ArrayList<>();
		NodeList nodes = oef.getElementsByTagNameNS(NS, "relationship");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element relationship = (Element) nodes.item(i);
			relationships.add(relationship.getAttributeNS(XSI, "type") + " " + text(elements.get(relationship.getAttribute("source")), "name")
					+ " " + text(elements.get(relationship.getAttribute("target")), "name"));
		}
		return relationships;
	}

	private static String text(Element parent, String tag) {
		for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && tag.equals(element.getLocalName())) {
				assertEquals("sv", element.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
				return element.getTextContent();
			}
		}
		return null;
	}
}
