package se.samverka.exchange.oef;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.emf.ecore.EObject;

import se.samverka.diagram.generation.Labels;
import se.samverka.model.Agreement;
import se.samverka.model.Body;
import se.samverka.model.Coordinator;
import se.samverka.model.Membership;
import se.samverka.model.NamedElement;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.Role;

/**
 * The agreement's governance structure in the ArchiMate Open Exchange Format (OEF 3.1), which Archi
 * imports (File > Import > Open Exchange XML Model). The mapping, and why, is in docs/exchange.md:
 * organisations and people are business actors, bodies business collaborations, functions and
 * coordinators business roles, the agreement a contract; a body aggregates its members and composes
 * its sub-bodies, an organisation is assigned its roles, a body's reports flow to the body it
 * reports to, and the parties are associated with the contract. Written with the JDK's XML writer,
 * so every model string is escaped; identifiers are made from the model's names, so the same model
 * gives the same file.
 */
public final class OpenExchangeWriter {
	static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/";
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
	private static final String XML = "http://www.w3.org/XML/1998/namespace";
	private static final String SCHEMA_LOCATION = NAMESPACE + " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Model.xsd";

	private record Element(String id, String type, String name, String documentation) {
	}

	private record Relationship(String id, String type, String source, String target, String name) {
	}

	private final Map<EObject, Element> elements = new LinkedHashMap<>();
	private final List<Relationship> relationships = new ArrayList<>();
	private final Set<String> identifiers = new HashSet<>();

	private OpenExchangeWriter() {
	}

	public static byte[] write(Agreement agreement) {
		OpenExchangeWriter writer = new OpenExchangeWriter();
		writer.collect(agreement);
		return writer.xml(agreement);
	}

	private void collect(Agreement agreement) {
		Element contract = element(agreement, "Contract", agreement.getDescription());
		for (Organisation party : agreement.getParties()) {
			relationship("Association", element(party, "BusinessActor", null), contract, "part i");
		}
		for (Organisation participant : agreement.getParticipants()) {
			relationship("Association", element(participant, "BusinessActor", null), contract, "medverkar i");
		}
		agreement.getBodies().forEach(this::body);
		agreement.getBodies().forEach(this::reporting);
		if (agreement.getCoordination() != null) {
			agreement.getCoordination().getCoordinators().forEach(this::coordinator);
		}
		// every organisation that has a role here is assigned it
		for (EObject object : new ArrayList<>(elements.keySet())) {
			if (object instanceof Role role && role.eContainer() instanceof Organisation owner) {
				relationship("Assignment", element(owner, "BusinessActor", null), elements.get(role), null);
			}
		}
	}

	private Element body(Body body) {
		Element collaboration = element(body, "BusinessCollaboration", body.getMandate() != null ? body.getMandate()
				: body.getDescription());
		for (Membership member : body.getMembers()) {
			if (member.getRole() != null) {
				relationship("Aggregation", collaboration, role(member.getRole()), member.getText());
			}
			for (Coordinator coordinator : member.getCoordinators()) {
				relationship("Aggregation", collaboration, coordinator(coordinator), member.getText());
			}
			for (Organisation organisation : member.getOrganisations()) {
				relationship("Aggregation", collaboration, element(organisation, "BusinessActor", null), member.getText());
			}
		}
		for (Body sub : body.getSubBodies()) {
			relationship("Composition", collaboration, body(sub), null);
		}
		return collaboration;
	}

	private void reporting(Body body) {
		if (body.getReportsTo() != null) {
			relationship("Flow", elements.get(body), element(body.getReportsTo(), "BusinessCollaboration", null), "rapporterar till");
		}
		body.getSubBodies().forEach(this::reporting);
	}

	private Element role(Role role) {
		return element(role, "BusinessRole", role.getDescription());
	}

	/** A coordinator is the role of its party that coordinates; the person who holds it is assigned to it. */
	private Element coordinator(Coordinator coordinator) {
		Element role = coordinator.getRole() != null ? role(coordinator.getRole()) : element(coordinator, "BusinessRole", null);
		if (coordinator.getPerson() != null) {
			relationship("Assignment", person(coordinator.getPerson()), role, null);
		}
		if (coordinator.getRole() == null && coordinator.getParty() != null) {
			relationship("Assignment", element(coordinator.getParty(), "BusinessActor", null), role, null);
		}
		return role;
	}

	private Element person(Person person) {
		Element actor = element(person, "BusinessActor", person.getTitle());
		if (person.getOrganisation() != null) {
			relationship("Aggregation", element(person.getOrganisation(), "BusinessActor", null), actor, null);
		}
		return actor;
	}

	private Element element(EObject object, String type, String documentation) {
		Element existing = elements.get(object);
		if (existing != null) {
			return existing;
		}
		String name = object instanceof NamedElement named ? Labels.of(named) : String.valueOf(object);
		String base = "id-" + type + "-" + (object instanceof NamedElement named ? named.getName() : name);
		Element element = new Element(identifier(base), type, name, documentation);
		elements.put(object, element);
		return element;
	}

	private void relationship(String type, Element source, Element target, String name) {
		String base = "id-" + type + "-" + source.id().substring(3) + "-" + target.id().substring(3);
		relationships.add(new Relationship(identifier(base), type, source.id(), target.id(), name));
	}

	/** A valid, unique xs:ID: letters (å, ä and ö too), digits, '-', '_' and '.'; deterministic. */
	private String identifier(String base) {
		StringBuilder id = new StringBuilder();
		base.codePoints().forEach(c -> id.appendCodePoint(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_'));
		String candidate = id.toString();
		String unique = candidate;
		for (int i = 2; !identifiers.add(unique); i++) {
			unique = candidate + "-" + i;
		}
		return unique;
	}

	private byte[] xml(Agreement agreement) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("", "model", NAMESPACE);
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeNamespace("xsi", XSI);
			xml.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
			xml.writeAttribute("identifier", identifier("id-model-" + agreement.getName()));
			text(xml, "name", Labels.of(agreement));
			text(xml, "documentation", "Samverka: " + Labels.of(agreement));
			xml.writeStartElement(NAMESPACE, "elements");
			for (Element element : elements.values()) {
				xml.writeStartElement(NAMESPACE, "element");
				xml.writeAttribute("identifier", element.id());
				xml.writeAttribute(XSI, "type", element.type());
				text(xml, "name", element.name());
				if (element.documentation() != null && !element.documentation().isBlank()) {
					text(xml, "documentation", element.documentation());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeStartElement(NAMESPACE, "relationships");
			for (Relationship relationship : relationships) {
				xml.writeStartElement(NAMESPACE, "relationship");
				xml.writeAttribute("identifier", relationship.id());
				xml.writeAttribute("source", relationship.source());
				xml.writeAttribute("target", relationship.target());
				xml.writeAttribute(XSI, "type", relationship.type());
				if (relationship.name() != null && !relationship.name().isBlank()) {
					text(xml, "name", relationship.name());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			organizations(xml);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException impossible) {
			// writing to memory
			throw new IllegalStateException(impossible);
		}
		return out.toByteArray();
	}

	/** Archi's folders: the elements under Business, the relationships under Relations. */
	private void organizations(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "organizations");
		folder(xml, "Business", elements.values().stream().map(Element::id).toList());
		folder(xml, "Relations", relationships.stream().map(Relationship::id).toList());
		xml.writeEndElement();
	}

	private static void folder(XMLStreamWriter xml, String label, List<String> identifiers) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "item");
		text(xml, "label", label);
		for (String identifier : identifiers) {
			xml.writeEmptyElement(NAMESPACE, "item");
			xml.writeAttribute("identifierRef", identifier);
		}
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String tag, String text) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, tag);
		xml.writeAttribute("xml", XML, "lang", "sv");
		xml.writeCharacters(xmlSafe(text));
		xml.writeEndElement();
	}

	/** The text without characters XML 1.0 cannot hold. */
	private static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().forEach(c -> safe.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
				|| c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 ? c : 0xFFFD));
		return safe.toString();
	}
}
