/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import java.util.List;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.model.EdgeKinds;
import se.samverka.diagram.model.NodeKinds;
import se.samverka.model.Agreement;
import se.samverka.model.Body;
import se.samverka.model.Coordinator;
import se.samverka.model.Membership;
import se.samverka.model.Organisation;
import se.samverka.model.Role;
import se.samverka.model.labels.ChairTexts;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.MeetingTexts;
import se.samverka.model.labels.Relation;
import se.samverka.validation.Finding;

/**
 * View 1, the governance structure: parties and participating organisations with the roles the
 * bodies are made of, the bodies with their sub-bodies nested (each area group holds its network
 * group), coordinators; lines for reporting, assignment, chairing and leading, membership and
 * "belongs to party". Meetings and chair rotation are written on the body.
 */
public final class GovernanceDiagram {
	private GovernanceDiagram() {
	}

	public static Diagram of(Agreement agreement, List<Finding> findings) {
		DiagramBuilder builder = new DiagramBuilder(DiagramTexts.get("title.governance", nameOf(agreement)));
		DiagramNode root = builder.diagram().root();
		for (Organisation party : agreement.getParties()) {
			builder.node(party, root, NodeKinds.PARTY, ElementLabels.of(party));
		}
		for (Organisation participant : agreement.getParticipants()) {
			builder.node(participant, root, NodeKinds.ORGANISATION, ElementLabels.of(participant));
		}
		for (Body body : agreement.getBodies()) {
			addBody(builder, body, root);
		}
		if (agreement.getCoordination() != null) {
			for (Coordinator coordinator : agreement.getCoordination().getCoordinators()) {
				// a coordinator of no party goes by the word, never by its name in the model
				DiagramNode node = builder.node(coordinator, root, NodeKinds.COORDINATOR, coordinator.getParty() == null
						? DiagramTexts.get("coordinator") : ElementLabels.coordinatorOf(coordinator.getParty()));
				if (coordinator.getPerson() != null) {
					node.details().add(ElementLabels.of(coordinator.getPerson()));
				}
				builder.connect(coordinator, coordinator.getParty(), EdgeKinds.BELONGS_TO, Relation.PARTY.label());
			}
		}
		for (Body body : allBodies(agreement.getBodies())) {
			connectBody(builder, body);
		}
		builder.attach(findings);
		return builder.diagram();
	}

	private static void addBody(DiagramBuilder builder, Body body, DiagramNode parent) {
		DiagramNode node = builder.node(body, parent, NodeKinds.of(body.getKind()),
				ElementLabels.of(body));
		String meets = MeetingTexts.meetings(body.getMeets());
		if (meets != null) {
			node.details().add(meets);
		}
		String chair = ChairTexts.of(body);
		if (chair != null) {
			node.details().add(chair);
		}
		for (Body sub : body.getSubBodies()) {
			addBody(builder, sub, node);
		}
	}

	private static void connectBody(DiagramBuilder builder, Body body) {
		DiagramNode root = builder.diagram().root();
		builder.connect(body, body.getReportsTo(), EdgeKinds.REPORTS_TO, Relation.REPORTS_TO.label());
		builder.connect(body.getAssignedBy(), body, EdgeKinds.ASSIGNS, Relation.ASSIGNS.label());
		for (Membership member : body.getMembers()) {
			Role role = member.getRole();
			if (role != null) {
				role(builder, role, root);
				builder.connect(role, body, EdgeKinds.MEMBER, Relation.MEMBER.label());
			}
			for (Coordinator coordinator : member.getCoordinators()) {
				builder.connect(coordinator, body, EdgeKinds.MEMBER, Relation.MEMBER.label());
			}
		}
		if (body.getLeader() != null) {
			role(builder, body.getLeader(), root);
			builder.connect(body.getLeader(), body, EdgeKinds.LEADS, Relation.LEADS.label());
		}
		if (body.getChair() != null) {
			for (Role role : body.getChair().getRotationRoles()) {
				role(builder, role, root);
				builder.connect(role, body, EdgeKinds.CHAIRS, Relation.CHAIRS.label());
			}
			if (body.getChair().getRole() != null) {
				role(builder, body.getChair().getRole(), root);
				builder.connect(body.getChair().getRole(), body, EdgeKinds.CHAIRS, Relation.CHAIRS.label());
			}
		}
	}

	private static void role(DiagramBuilder builder, Role role, DiagramNode root) {
		if (builder.nodeOf(role) == null) {
			builder.node(role, root, NodeKinds.ROLE, ElementLabels.of(role));
			if (role.eContainer() instanceof Organisation organisation) {
				builder.connect(role, organisation, EdgeKinds.BELONGS_TO, Relation.BELONGS_TO.label());
			}
		}
	}

	private static List<Body> allBodies(List<Body> bodies) {
		List<Body> all = new java.util.ArrayList<>();
		for (Body body : bodies) {
			all.add(body);
			all.addAll(allBodies(body.getSubBodies()));
		}
		return all;
	}

	/** The agreement as the diagram's title names it. */
	static String nameOf(Agreement agreement) {
		return agreement.getTitle() != null ? agreement.getTitle() : agreement.getName();
	}
}
