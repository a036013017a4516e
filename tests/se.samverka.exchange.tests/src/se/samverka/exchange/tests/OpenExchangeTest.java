/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import se.samverka.exchange.oef.OpenExchangeWriter;
import se.samverka.model.Agreement;
import se.samverka.model.Body;
import se.samverka.model.BodyKind;
import se.samverka.model.Organisation;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.labels.ElementLabels;

/**
 * The governance structure as ArchiMate exchange XML, read back by the JDK's DOM parser (no
 * DOCTYPE, no external entities) and checked against the documented structure of the Open Group's
 * schema and ArchiMate's table of allowed relationships: the XSD itself is on neither Maven Central
 * nor npm (docs/exchange.md).
 */
class OpenExchangeTest {
	private static final String OEF = OpenExchangeWriter.NAMESPACE;

	/** The relationships ArchiMate 3.1/3.2 allows between the element types written (Appendix B). */
	private static final Map<String, String> ALLOWED = Map.of( //
			"BusinessActor>BusinessActor", "cfgostv", //
			"BusinessActor>BusinessCollaboration", "fotv", //
			"BusinessActor>BusinessRole", "fiotv", //
			"BusinessCollaboration>BusinessActor", "fgotv", //
			"BusinessCollaboration>BusinessCollaboration", "cfgostv", //
			"BusinessCollaboration>BusinessRole", "fgiotv", //
			"BusinessRole>BusinessActor", "fotv", //
			"BusinessRole>BusinessCollaboration", "fotv", //
			"BusinessRole>BusinessRole", "cfgostv");
	private static final Map<String, Character> LETTER = Map.of("Composition", 'c', "Aggregation", 'g', "Assignment",
			'i', "Flow", 'f', "Association", 'o', "Serving", 'v', "Triggering", 't', "Specialization", 's');
	private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

	@Test
	void botkyrkasPartiesBodiesAndReportingAreThere() throws Exception {
		Agreement agreement = Examples.load("botkyrka/underavtal.samverkan").first().getAgreements().get(0);
		Oef oef = new Oef(OpenExchangeWriter.write(agreement));

		String kommunen = oef.element("BusinessActor", "Botkyrka kommun");
		String polisen = oef.element("BusinessActor", "Närpolisområde Botkyrka");
		String styrgrupp = oef.element("BusinessCollaboration", "Styrgrupp");
		assertEquals(List.of(polisen), oef.related(oef.element("BusinessActor",
				"Polismyndigheten i Stockholms län, Södertörns polismästardistrikt"), "Composition"),
				"the local police area is part of the police district");
		// the steering group is made of the parties' functions: each party is assigned to one of them
		for (String party : List.of(kommunen, polisen)) {
			assertTrue(oef.related(styrgrupp, "Aggregation").stream()
					.anyMatch(role -> oef.related(party, "Assignment").contains(role)),
					"styrgruppen aggregates a role of " + oef.names.get(party));
		}
		assertTrue(oef.related(styrgrupp, "Aggregation").contains(oef.element("BusinessRole", "Polismästare")));
		assertTrue(oef.related(styrgrupp, "Aggregation").contains(oef.element("BusinessRole", "Kommundirektör")));
		String chair = oef.element("BusinessRole", "Ordförande, Styrgrupp");
		assertTrue(oef.related(kommunen, "Assignment").contains(chair), "the chair rotates to Kommunen");
		assertTrue(oef.related(polisen, "Assignment").contains(chair), "and to Polisen");

		String arbetsgrupp = oef.element("BusinessCollaboration", "Arbetsgrupp");
		assertEquals(List.of(styrgrupp), oef.related(arbetsgrupp, "Flow"), "Arbetsgruppen reports to Styrgruppen");

		long areaGroups = bodies(agreement.getBodies()).stream().filter(b -> b.getKind() == BodyKind.AREA_GROUP).count();
		assertEquals(5, areaGroups);
		String omradesgrupper = oef.element("BusinessCollaboration", "Områdesgrupperna");
		List<String> parts = oef.related(omradesgrupper, "Composition");
		assertEquals(areaGroups, parts.size());
		for (String group : parts) {
			assertTrue(oef.names.get(group).startsWith("Områdesgrupp "), oef.names.get(group));
			List<String> network = oef.related(group, "Composition");
			assertEquals(1, network.size(), "each area group holds its network group");
			assertEquals(List.of(network.get(0)), oef.related(group, "Flow"), "and gives it its mission");
		}
		String coordinator = oef.element("BusinessRole", "Samordnare, Närpolisområde Botkyrka");
		assertTrue(oef.related(oef.element("BusinessActor", "Kent Andersson"), "Assignment").contains(coordinator));
		assertTrue(oef.related(styrgrupp, "Aggregation").contains(coordinator));
		// SL takes part only as a member of the central group, and is there through it
		assertTrue(oef.related(oef.element("BusinessCollaboration", "Centrala samverkansgruppen för trygghetsfrågor"),
				"Aggregation").contains(oef.element("BusinessActor", "SL")));
	}

	@ParameterizedTest
	@MethodSource("files")
	void everyExampleFollowsTheExchangeFormatsStructure(String file) throws Exception {
		Agreement agreement = Examples.load(file).first().getAgreements().get(0);
		byte[] bytes = OpenExchangeWriter.write(agreement);
		assertArrayEquals(bytes, OpenExchangeWriter.write(agreement), "the same model gives the same bytes");
		Oef oef = new Oef(bytes);
		Element model = oef.document.getDocumentElement();
		assertEquals(OEF, model.getNamespaceURI());
		assertEquals("model", model.getLocalName());
		List<String> order = new ArrayList<>();
		for (Element child : children(model)) {
			order.add(child.getLocalName());
		}
		// the schema's order; <relationships> must be left out when there are none (it needs one)
		List<String> expected = new ArrayList<>(
				List.of("name", "documentation", "elements", "relationships", "organizations", "views"));
		if (oef.related(null, null).isEmpty()) {
			expected.remove("relationships");
		}
		assertEquals(expected, order);
		assertEquals("sv", children(model).get(0).getAttributeNS(XMLConstants.XML_NS_URI, "lang"));

		Set<String> identifiers = new HashSet<>();
		for (Element element : oef.all("element")) {
			assertTrue(Set.of("BusinessActor", "BusinessRole", "BusinessCollaboration").contains(oef.type(element)));
			assertFalse(oef.names.get(element.getAttribute("identifier")).isBlank(), "every element is named");
			Element name = children(element).get(0);
			assertEquals("name", name.getLocalName());
			assertEquals("sv", name.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
		}
		for (Element concept : concat(oef.all("element"), oef.all("relationship"), oef.all("view"), oef.all("node"),
				oef.all("connection"))) {
			String id = concept.getAttribute("identifier");
			assertTrue(NCNAME.matcher(id).matches(), id + " is an xs:ID");
			assertTrue(identifiers.add(id), id + " is unique");
		}
		for (Element relationship : oef.all("relationship")) {
			String source = relationship.getAttribute("source");
			String target = relationship.getAttribute("target");
			assertTrue(oef.types.containsKey(source) && oef.types.containsKey(target), "no dangling end: " + source);
			String pair = oef.types.get(source) + ">" + oef.types.get(target);
			Character letter = LETTER.get(oef.type(relationship));
			assertNotNull(letter, oef.type(relationship));
			assertTrue(ALLOWED.get(pair).indexOf(letter) >= 0,
					oef.type(relationship) + " is allowed from " + pair + ": " + relationship.getAttribute("identifier"));
		}
		for (Element item : oef.all("item")) {
			if (item.hasAttribute("identifierRef")) {
				assertTrue(identifiers.contains(item.getAttribute("identifierRef")), item.getAttribute("identifierRef"));
			}
		}
		assertEquals(oef.all("element").size() + oef.all("relationship").size() + 1,
				(int) oef.all("item").stream().filter(i -> i.hasAttribute("identifierRef")).count(),
				"every concept and the view is filed in a folder");

		// the view shows every element once and every relationship between the nodes of its ends
		Map<String, String> nodeElement = new HashMap<>();
		for (Element node : oef.all("node")) {
			assertEquals("Element", oef.type(node));
			assertTrue(oef.types.containsKey(node.getAttribute("elementRef")));
			assertTrue(Integer.parseInt(node.getAttribute("w")) > 0 && Integer.parseInt(node.getAttribute("h")) > 0);
			nodeElement.put(node.getAttribute("identifier"), node.getAttribute("elementRef"));
		}
		assertEquals(oef.types.keySet(), new HashSet<>(nodeElement.values()));
		assertEquals(oef.all("relationship").size(), oef.all("connection").size());
		for (Element connection : oef.all("connection")) {
			Element relationship = oef.byId.get(connection.getAttribute("relationshipRef"));
			assertEquals("relationship", relationship.getLocalName());
			assertEquals(relationship.getAttribute("source"), nodeElement.get(connection.getAttribute("source")));
			assertEquals(relationship.getAttribute("target"), nodeElement.get(connection.getAttribute("target")));
		}

		// every body and party of the agreement is there under its Swedish name
		for (Body body : bodies(agreement.getBodies())) {
			oef.element("BusinessCollaboration", ElementLabels.of(body));
		}
		for (Organisation party : agreement.getParties()) {
			oef.element("BusinessActor", ElementLabels.of(party));
		}
	}

	static List<String> files() {
		return Examples.FILES;
	}

	@Test
	void markupInNamesIsEscapedAndReadBackUnchanged() throws Exception {
		SamverkaFactory factory = SamverkaFactory.eINSTANCE;
		String hostile = "<script>&\"'</script> ]]> å ä ö";
		Organisation party = factory.createOrganisation();
		party.setName("a<b>&\"c");
		party.setTitle(hostile);
		party.setDescription("styr\u0001tecken");
		Agreement agreement = factory.createAgreement();
		agreement.setName("Avtal");
		agreement.setTitle(hostile);
		agreement.getParties().add(party);
		Body body = factory.createBody();
		body.setName("Styr'grupp");
		body.setTitle("Grupp & \"råd\"");
		agreement.getBodies().add(body);

		byte[] bytes = OpenExchangeWriter.write(agreement);
		String raw = new String(bytes, StandardCharsets.UTF_8);
		assertFalse(raw.contains("<script>"), raw);
		Oef oef = new Oef(bytes);
		assertEquals(hostile, children(oef.document.getDocumentElement()).get(0).getTextContent());
		String actor = oef.element("BusinessActor", hostile);
		assertTrue(NCNAME.matcher(actor).matches(), actor);
		oef.element("BusinessCollaboration", "Grupp & \"råd\"");
		Element documentation = children(oef.byId.get(actor)).get(1);
		assertEquals("styr\uFFFDtecken", documentation.getTextContent(), "a control character cannot break the XML");
	}

	private static List<Body> bodies(List<Body> bodies) {
		List<Body> all = new ArrayList<>();
		for (Body body : bodies) {
			all.add(body);
			all.addAll(bodies(body.getSubBodies()));
		}
		return all;
	}

	private static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	@SafeVarargs
	private static List<Element> concat(List<Element>... lists) {
		List<Element> all = new ArrayList<>();
		for (List<Element> list : lists) {
			all.addAll(list);
		}
		return all;
	}

	/** The parsed document with its concepts by identifier. */
	private static final class Oef {
		final Document document;
		final Map<String, Element> byId = new HashMap<>();
		final Map<String, String> types = new LinkedHashMap<>();
		final Map<String, String> names = new HashMap<>();

		Oef(byte[] bytes) throws Exception {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setExpandEntityReferences(false);
			document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
			for (Element element : concat(all("element"), all("relationship"), all("view"), all("node"),
					all("connection"))) {
				byId.put(element.getAttribute("identifier"), element);
			}
			for (Element element : all("element")) {
				types.put(element.getAttribute("identifier"), type(element));
				names.put(element.getAttribute("identifier"), children(element).get(0).getTextContent());
			}
		}

		List<Element> all(String name) {
			NodeList list = document.getElementsByTagNameNS(OEF, name);
			List<Element> elements = new ArrayList<>();
			for (int i = 0; i < list.getLength(); i++) {
				elements.add((Element) list.item(i));
			}
			return elements;
		}

		String type(Element element) {
			return element.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
		}

		/** The identifier of the one element of this type and name. */
		String element(String type, String name) {
			List<String> found = types.keySet().stream()
					.filter(id -> types.get(id).equals(type) && names.get(id).equals(name)).toList();
			assertEquals(1, found.size(), type + " " + name + " in " + names.values());
			return found.get(0);
		}

		/** The targets of the relationships of this type (null: any) from the source (null: any), in document order. */
		List<String> related(String source, String type) {
			List<String> targets = new ArrayList<>();
			for (Element relationship : all("relationship")) {
				if ((source == null || relationship.getAttribute("source").equals(source))
						&& (type == null || type(relationship).equals(type))) {
					targets.add(relationship.getAttribute("target"));
				}
			}
			return targets;
		}
	}
}
