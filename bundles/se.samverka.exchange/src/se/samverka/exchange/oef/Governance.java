/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.oef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.Agreement;
import se.samverka.model.Body;
import se.samverka.model.Chair;
import se.samverka.model.Coordinator;
import se.samverka.model.Membership;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.Role;
import se.samverka.model.labels.ChairTexts;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.Relation;

/**
 * An agreement's governance structure as ArchiMate concepts, the mapping of docs/exchange.md:
 * organisations and coordinating persons are business actors, the functions of organisations,
 * coordinators and chairs are business roles, bodies are business collaborations. Only what the
 * governance reaches is taken: parties, participants, the organisations and roles that bodies are
 * made of, chaired or led by, and the organisations those belong to.
 */
final class Governance {
	static final String ACTOR = "BusinessActor";
	static final String ROLE = "BusinessRole";
	static final String COLLABORATION = "BusinessCollaboration";

	static final String COMPOSITION = "Composition";
	static final String AGGREGATION = "Aggregation";
	static final String ASSIGNMENT = "Assignment";
	static final String FLOW = "Flow";
	static final String ASSOCIATION = "Association";

	record Element(String id, String type, String name, String documentation) {
	}

	record Relationship(String id, String type, String source, String target, String name) {
	}

	private final Agreement agreement;
	private final Identifiers ids = new Identifiers();
	private final Map<String, Element> elements = new LinkedHashMap<>();
	private final Map<String, Relationship> relationships = new LinkedHashMap<>();

	private Governance(Agreement agreement) {
		this.agreement = agreement;
	}

	static Governance of(Agreement agreement) {
		Governance governance = new Governance(agreement);
		governance.add();
		return governance;
	}

	List<Element> elements() {
		return new ArrayList<>(elements.values());
	}

	List<Relationship> relationships() {
		return new ArrayList<>(relationships.values());
	}

	private void add() {
		agreement.getParties().forEach(this::organisation);
		agreement.getParticipants().forEach(this::organisation);
		if (agreement.getCoordination() != null) {
			agreement.getCoordination().getCoordinators().forEach(this::coordinator);
		}
		for (Body body : agreement.getBodies()) {
			body(body, List.of());
		}
	}

	private String organisation(Organisation organisation) {
		String id = ids.of(organisation, "org", organisation.getName());
		if (!elements.containsKey(id)) {
			elements.put(id, new Element(id, ACTOR, ElementLabels.of(organisation), organisation.getDescription()));
			// "del av": the whole is composed of its parts
			if (organisation.getParent() != null) {
				relate(COMPOSITION, organisation(organisation.getParent()), id, Relation.PART_OF.label());
			}
		}
		return id;
	}

	private String role(Role role) {
		Organisation owner = role.eContainer() instanceof Organisation organisation ? organisation : null;
		String id = ids.of(role, "role", owner == null ? "_" : owner.getName(), role.getName());
		if (!elements.containsKey(id)) {
			elements.put(id, new Element(id, ROLE, ElementLabels.of(role), role.getDescription()));
			// the organisation that has the function is the actor that performs the role
			if (owner != null) {
				relate(ASSIGNMENT, organisation(owner), id, Relation.HAS_FUNCTION.label());
			}
		}
		return id;
	}

	private String person(Person person) {
		String id = ids.of(person, "person", person.getName());
		elements.putIfAbsent(id, new Element(id, ACTOR, ElementLabels.of(person), person.getTitle()));
		return id;
	}

	private String coordinator(Coordinator coordinator) {
		String id = ids.of(coordinator, "coordinator", coordinator.getName());
		if (!elements.containsKey(id)) {
			String name = ElementLabels.of(coordinator);
			elements.put(id, new Element(id, ROLE, name, null));
			if (coordinator.getParty() != null) {
				relate(ASSIGNMENT, organisation(coordinator.getParty()), id, Relation.APPOINTS_COORDINATOR.label());
			}
			if (coordinator.getPerson() != null) {
				relate(ASSIGNMENT, person(coordinator.getPerson()), id, Relation.IS_COORDINATOR.label());
			}
			// a role is not assigned to a role in ArchiMate; the function is named by an association
			if (coordinator.getRole() != null) {
				relate(ASSOCIATION, role(coordinator.getRole()), id, Relation.FUNCTION.label());
			}
		}
		return id;
	}

	private void body(Body body, List<String> parents) {
		List<String> path = new ArrayList<>(parents);
		path.add(body.getName());
		String id = ids.of(body, "body", path.toArray(String[]::new));
		String documentation = body.getMandate() != null ? body.getMandate() : body.getDescription();
		if (body.getMandate() != null && body.getDescription() != null) {
			documentation = body.getDescription() + "\n\n" + body.getMandate();
		}
		elements.put(id, new Element(id, COLLABORATION, ElementLabels.of(body), documentation));
		for (Body sub : body.getSubBodies()) {
			body(sub, path);
			relate(COMPOSITION, id, ids.of(sub, "body"), Relation.CONSISTS_OF.label());
		}
		members(body, id);
		chair(body, id, path);
		if (body.getLeader() != null) {
			String leader = role(body.getLeader());
			relate(AGGREGATION, id, leader, Relation.MEMBER.label());
			relate(ASSOCIATION, leader, id, Relation.LEADS.label());
		}
		// a report is information passed from one body to the other: a flow (docs/exchange.md)
		if (body.getReportsTo() != null) {
			relate(FLOW, id, bodyId(body.getReportsTo()), Relation.REPORTS_TO.label());
		}
		if (body.getAssignedBy() != null) {
			relate(FLOW, bodyId(body.getAssignedBy()), id, Relation.ASSIGNS.label());
		}
	}

	/**
	 * A body referred to before it is written gets its identifier from its path of containing bodies.
	 * A body of another agreement (the framework's) is taken as an element by itself, so no
	 * relationship points at nothing.
	 */
	private String bodyId(Body body) {
		List<String> path = new ArrayList<>();
		for (Object at = body; at instanceof Body b; at = b.eContainer()) {
			path.add(0, b.getName());
		}
		String id = ids.of(body, "body", path.toArray(String[]::new));
		if (!EcoreUtil.isAncestor(agreement, body)) {
			elements.putIfAbsent(id, new Element(id, COLLABORATION, ElementLabels.of(body), body.getMandate()));
		}
		return id;
	}

	private void members(Body body, String id) {
		for (Membership member : body.getMembers()) {
			if (member.getRole() != null) {
				relate(AGGREGATION, id, role(member.getRole()), Relation.MEMBER.label());
			}
			for (Organisation organisation : member.getOrganisations()) {
				relate(AGGREGATION, id, organisation(organisation), Relation.MEMBER.label());
			}
			for (Coordinator coordinator : member.getCoordinators()) {
				relate(AGGREGATION, id, coordinator(coordinator), Relation.MEMBER.label());
			}
		}
	}

	/**
	 * The chair is a role of its own in the body; the organisations it rotates between (or that own
	 * the chairing functions) are assigned to it, the chairing and appointing functions associated.
	 */
	private void chair(Body body, String bodyId, List<String> path) {
		Chair chair = body.getChair();
		if (chair == null) {
			return;
		}
		String id = ids.of(chair, "chair", path.toArray(String[]::new));
		elements.put(id, new Element(id, ROLE, ChairTexts.chairOf(body), ChairTexts.of(body)));
		relate(AGGREGATION, bodyId, id, Relation.CHAIRS.label());
		for (Organisation organisation : chair.getRotatesBetween()) {
			relate(ASSIGNMENT, organisation(organisation), id, Relation.CHAIRS.label());
		}
		List<Role> chairing = new ArrayList<>(chair.getRotationRoles());
		if (chair.getRole() != null) {
			chairing.add(chair.getRole());
		}
		for (Role role : chairing) {
			relate(ASSOCIATION, role(role), id, Relation.IS_CHAIR.label());
			if (role.eContainer() instanceof Organisation owner) {
				relate(ASSIGNMENT, organisation(owner), id, Relation.CHAIRS.label());
			}
		}
		if (chair.getAppointedBy() != null) {
			relate(ASSOCIATION, role(chair.getAppointedBy()), id, Relation.APPOINTS.label());
		}
	}

	private void relate(String type, String source, String target, String name) {
		String id = Identifiers.relationship(type, source, target);
		relationships.putIfAbsent(id, new Relationship(id, type, source, target, name));
	}
}
