/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.model.EdgeKinds;
import se.samverka.diagram.model.NodeKinds;
import se.samverka.model.Agreement;
import se.samverka.model.Body;
import se.samverka.model.BodyKind;
import se.samverka.model.Coordinator;
import se.samverka.model.Membership;
import se.samverka.model.Model;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.Role;
import se.samverka.model.labels.ChairTexts;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.MeetingTexts;
import se.samverka.model.labels.Relation;
import se.samverka.validation.Finding;

/**
 * View 1, the governance structure, drawn as an organisation chart: the steering group on top,
 * the bodies that report to it below, the area groups side by side with their network groups
 * nested in them. Each body lists its members as rows (role or representatives, the person,
 * the party's colour); meetings, chair and leader are written under its title. Lines are kept for
 * what is a line in an organisation chart: reports to and gives assignments to. A legend gives
 * the parties' and organisations' colours and names the coordinators.
 */
public final class GovernanceDiagram {
	/** Pale colours, dark text stays readable on them: parties first, then the other organisations. */
	private static final List<String> PALETTE = List.of("#cfe0f7", "#d3edcb", "#fbdcc2", "#e6d5f2", "#f7efb8",
			"#cdeeee", "#f6d0dc", "#e0e0d0");
	private static final String NO_PARTY = "#f4f4f4";

	/** The levels of the chart, from the top. */
	static final int STEERING = 0;
	static final int REPORTING = 1;
	static final int AREA = 2;
	static final int NETWORK = 3;

	private GovernanceDiagram() {
	}

	public static Diagram of(Agreement agreement, List<Finding> findings) {
		DiagramBuilder builder = new DiagramBuilder(DiagramTexts.get("title.governance", nameOf(agreement)));
		DiagramNode root = builder.diagram().root();
		Map<Organisation, String> colours = colours(agreement);
		Map<Role, Person> people = publicPeople(agreement);
		DiagramNode legend = root.add(new DiagramNode("legend", NodeKinds.LEGEND, DiagramTexts.get("legend"), null));
		legend.setLevel(STEERING);
		for (Organisation party : agreement.getParties()) {
			builder.node(party, legend, NodeKinds.PARTY, ElementLabels.of(party));
		}
		for (Organisation participant : agreement.getParticipants()) {
			builder.node(participant, legend, NodeKinds.ORGANISATION, ElementLabels.of(participant));
		}
		if (agreement.getCoordination() != null) {
			for (Coordinator coordinator : agreement.getCoordination().getCoordinators()) {
				DiagramNode node = builder.node(coordinator, legend, NodeKinds.COORDINATOR, coordinatorLabel(coordinator));
				if (coordinator.getPerson() != null) {
					node.details().add(ElementLabels.of(coordinator.getPerson()));
				}
				node.setColour(colours.getOrDefault(coordinator.getParty(), NO_PARTY));
			}
		}
		for (DiagramNode entry : legend.children()) {
			entry.markRow();
			if (entry.colour() == null) {
				entry.setColour(colours.getOrDefault(entry.element(), NO_PARTY));
			}
		}
		// the legend stands beside the steering group, after it
		root.children().remove(legend);
		Map<Body, Integer> levels = new HashMap<>();
		for (Body body : agreement.getBodies()) {
			addBody(builder, body, root, colours, people);
		}
		for (DiagramNode node : root.children()) {
			if (node.element() instanceof Body body) {
				node.setLevel(level(body, levels));
			}
		}
		if (!legend.children().isEmpty()) {
			root.add(legend);
		}
		for (Body body : allBodies(agreement.getBodies())) {
			builder.connect(body, body.getReportsTo(), EdgeKinds.REPORTS_TO, Relation.REPORTS_TO.label());
			builder.connect(body.getAssignedBy(), body, EdgeKinds.ASSIGNS, Relation.ASSIGNS.label());
			connectFromRow(builder, body.getLeader(), body, EdgeKinds.LEADS, Relation.LEADS.label());
			if (body.getChair() != null) {
				connectFromRow(builder, body.getChair().getAppointedBy(), body, EdgeKinds.APPOINTS,
						DiagramTexts.get("appointsChair"));
			}
		}
		builder.attach(findings);
		return builder.diagram();
	}

	private static void addBody(DiagramBuilder builder, Body body, DiagramNode parent, Map<Organisation, String> colours,
			Map<Role, Person> people) {
		DiagramNode node = builder.node(body, parent, NodeKinds.of(body.getKind()), ElementLabels.of(body));
		String meets = MeetingTexts.meetings(body.getMeets());
		if (meets != null) {
			node.details().add(meets);
		}
		String chair = ChairTexts.of(body);
		if (chair != null) {
			node.details().add(chair);
		}
		if (body.getLeader() != null) {
			node.details().add(DiagramTexts.get("ledBy", ElementLabels.of(body.getLeader())));
		}
		int index = 0;
		for (Membership member : body.getMembers()) {
			for (DiagramNode row : rows(member, colours, people)) {
				DiagramNode added = node.add(new DiagramNode(
						NodeKinds.MEMBER + ":" + (body.getName() == null ? node.id() : body.getName()) + ":" + (++index),
						NodeKinds.MEMBER, row.label(), row.element()));
				added.details().addAll(row.details());
				added.setColour(row.colour());
				added.markRow();
			}
		}
		for (Body sub : body.getSubBodies()) {
			addBody(builder, sub, node, colours, people);
		}
	}

	/**
	 * A line from the row of a role that leads a body or appoints its chair to that body, from the
	 * row where the role sits closest above the body: in a body it reports to or is given assignments
	 * by, else in the highest body. A role that sits in no other body keeps only the words under
	 * the body's title ("leds av", "ordförande utses av").
	 */
	private static void connectFromRow(DiagramBuilder builder, Role role, Body body, String kind, String label) {
		DiagramNode target = builder.nodeOf(body);
		if (role == null || target == null) {
			return;
		}
		List<DiagramNode> rows = new ArrayList<>();
		for (DiagramNode node : builder.diagram().nodes()) {
			if (node.isRow() && node.element() == role && !target.allNodes().contains(node)) {
				rows.add(node);
			}
		}
		rows.stream().min(java.util.Comparator.comparingInt(row -> distance(row.parent(), target)))
				.ifPresent(row -> builder.diagram().connect(row, target, kind, label));
	}

	/** 0 for a body the other reports to or is given assignments by, else one more than the body's level in the chart. */
	private static int distance(DiagramNode holder, DiagramNode body) {
		if (holder.element() instanceof Body superior && body.element() instanceof Body inferior
				&& (inferior.getReportsTo() == superior || inferior.getAssignedBy() == superior)) {
			return 0;
		}
		int depth = 0;
		DiagramNode top = holder;
		while (top.parent() != null && top.parent().parent() != null) {
			top = top.parent();
			depth++;
		}
		return 1 + (top.level() == null ? REPORTING : top.level()) + depth;
	}

	/** The rows of one membership: one per coordinator, else one for the role or the representatives. */
	private static List<DiagramNode> rows(Membership member, Map<Organisation, String> colours, Map<Role, Person> people) {
		List<DiagramNode> rows = new ArrayList<>();
		for (Coordinator coordinator : member.getCoordinators()) {
			DiagramNode row = new DiagramNode("", NodeKinds.MEMBER, coordinatorLabel(coordinator), coordinator);
			if (coordinator.getPerson() != null) {
				row.details().add(ElementLabels.of(coordinator.getPerson()));
			}
			row.setColour(colours.getOrDefault(coordinator.getParty(), NO_PARTY));
			rows.add(row);
		}
		if (!rows.isEmpty()) {
			return rows;
		}
		Role role = member.getRole();
		String label;
		Organisation organisation = null;
		if (role != null) {
			label = ElementLabels.of(role);
			organisation = role.eContainer() instanceof Organisation owner ? owner : null;
			Person person = people.get(role);
			DiagramNode row = new DiagramNode("", NodeKinds.MEMBER, label, role);
			if (member.getText() != null && !member.getText().equals(label)) {
				row.details().add(member.getText());
			}
			if (person != null) {
				row.details().add(ElementLabels.of(person));
			}
			rows.add(row);
		} else {
			if (!member.getOrganisations().isEmpty()) {
				organisation = member.getOrganisations().get(0);
			}
			label = member.getText() != null ? member.getText()
					: member.getOrganisations().isEmpty() ? DiagramTexts.get("representatives")
							: DiagramTexts.get("representativesOf", String.join(", ",
									member.getOrganisations().stream().map(ElementLabels::of).toList()));
			rows.add(new DiagramNode("", NodeKinds.MEMBER, label, member));
		}
		DiagramNode row = rows.get(0);
		if (member.getCount() > 1) {
			row.details().add(DiagramTexts.get("count", member.getCount()));
		}
		if (member.isAsNeeded()) {
			row.details().add(DiagramTexts.get("asNeeded"));
		}
		row.setColour(colours.getOrDefault(organisation, NO_PARTY));
		return rows;
	}

	/**
	 * The level a body stands on: the steering group on top, area groups (and what holds them) two
	 * levels down, network groups three, every other body one; never above the body it reports to.
	 */
	private static int level(Body body, Map<Body, Integer> levels) {
		Integer known = levels.get(body);
		if (known != null) {
			return known;
		}
		levels.put(body, REPORTING); // a cycle of reporting stops here
		int level = switch (body.getKind() == null ? BodyKind.OTHER : body.getKind()) {
		case STEERING_GROUP -> STEERING;
		case AREA_GROUP -> AREA;
		case NETWORK_GROUP -> NETWORK;
		default -> body.getSubBodies().stream().anyMatch(sub -> sub.getKind() == BodyKind.AREA_GROUP) ? AREA : REPORTING;
		};
		Body superior = body.getReportsTo() != null ? body.getReportsTo() : body.getAssignedBy();
		if (superior != null && superior.eContainer() == body.eContainer()) {
			level = Math.max(level, level(superior, levels) + 1);
		}
		levels.put(body, level);
		return level;
	}

	/** Each party and organisation its colour, parties first, in the order the agreement names them. */
	private static Map<Organisation, String> colours(Agreement agreement) {
		Map<Organisation, String> colours = new HashMap<>();
		List<Organisation> all = new ArrayList<>(agreement.getParties());
		all.addAll(agreement.getParticipants());
		for (Organisation organisation : all) {
			if (!colours.containsKey(organisation)) {
				colours.put(organisation, PALETTE.get(colours.size() % PALETTE.size()));
			}
		}
		// an organisation within a party (a unit, an administration) wears the party's colour
		for (Organisation organisation : List.copyOf(colours.keySet())) {
			colourUnits(organisation, colours);
		}
		return colours;
	}

	private static void colourUnits(Organisation party, Map<Organisation, String> colours) {
		if (party.eResource() == null || party.eResource().getResourceSet() == null) {
			return;
		}
		// organisations stand only at the top of a model: their lists, not every element of every file
		for (Resource resource : party.eResource().getResourceSet().getResources()) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Model model) {
					for (Organisation unit : model.getOrganisations()) {
						if (!colours.containsKey(unit) && isWithin(unit, party)) {
							colours.put(unit, colours.get(party));
						}
					}
				}
			}
		}
	}

	private static boolean isWithin(Organisation unit, Organisation party) {
		for (Organisation current = unit.getParent(); current != null; current = current.getParent()) {
			if (current == party) {
				return true;
			}
		}
		return false;
	}

	/** The person who holds each role, for those who agreed to be named in public. */
	private static Map<Role, Person> publicPeople(Agreement agreement) {
		Map<Role, Person> people = new HashMap<>();
		if (agreement.eResource() == null || agreement.eResource().getResourceSet() == null) {
			return people;
		}
		// people stand only at the top of a model: its list of people, not every element of every file
		for (Resource resource : agreement.eResource().getResourceSet().getResources()) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Model model) {
					for (Person person : model.getPeople()) {
						if (person.isPublic() && person.getRole() != null) {
							people.putIfAbsent(person.getRole(), person);
						}
					}
				}
			}
		}
		return people;
	}

	/** A coordinator of no party goes by the word, never by its name in the model. */
	private static String coordinatorLabel(Coordinator coordinator) {
		return coordinator.getParty() == null ? DiagramTexts.get("coordinator")
				: ElementLabels.coordinatorOf(coordinator.getParty());
	}

	private static List<Body> allBodies(List<Body> bodies) {
		List<Body> all = new ArrayList<>();
		for (Body body : bodies) {
			all.add(body);
			all.addAll(allBodies(body.getSubBodies()));
		}
		return all;
	}

	/** The agreement as the diagram's title names it. */
	static String nameOf(Agreement agreement) {
		return ElementLabels.of(agreement);
	}
}
