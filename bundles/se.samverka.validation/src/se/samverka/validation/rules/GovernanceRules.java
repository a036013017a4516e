/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.rules;

import static se.samverka.model.SamverkaPackage.Literals.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.samverka.model.Agreement;
import se.samverka.model.Body;
import se.samverka.model.BodyKind;
import se.samverka.model.Chair;
import se.samverka.model.MemberFunction;
import se.samverka.model.Membership;
import se.samverka.model.Organisation;
import se.samverka.model.Role;
import se.samverka.model.derived.Frequencies;
import se.samverka.validation.Agreements;
import se.samverka.validation.Findings;
import se.samverka.validation.Rule;

/** Governance: G1–G9. */
public final class GovernanceRules {

	/** G1: there is a steering group, and it meets at least once a year. */
	public void g1SteeringGroupMeetsYearly(Agreement agreement, Findings findings) {
		if (!Agreements.governs(agreement)) {
			return;
		}
		List<Body> steering = Agreements.bodies(agreement, BodyKind.STEERING_GROUP);
		if (steering.isEmpty()) {
			findings.reportCase(Rule.G1, "missing", agreement, AGREEMENT__BODIES);
		}
		for (Body body : steering) {
			if (!Frequencies.atLeastYearly(body.getMeets())) {
				findings.report(Rule.G1, body, BODY__MEETS);
			}
		}
	}

	/** G2: a working or preparatory group reports to the steering group. */
	public void g2WorkingGroupReportsToSteeringGroup(Agreement agreement, Findings findings) {
		List<Body> steering = Agreements.bodies(agreement, BodyKind.STEERING_GROUP);
		if (steering.isEmpty()) {
			return;
		}
		boolean reports = Agreements.bodies(agreement).stream()
				.filter(b -> b.getKind() == BodyKind.WORKING_GROUP || b.getKind() == BodyKind.PREPARATORY_GROUP)
				.anyMatch(b -> steering.contains(b.getReportsTo()));
		if (!reports) {
			findings.report(Rule.G2, steering.get(0), NAMED_ELEMENT__NAME);
		}
	}

	/** G3: a chair that rotates names only parties of the agreement, with a term in whole years. */
	public void g3ChairRotatesBetweenParties(Agreement agreement, Findings findings) {
		for (Body body : Agreements.bodies(agreement)) {
			Chair chair = body.getChair();
			if (chair == null || chair.getRotatesBetween().isEmpty()) {
				continue;
			}
			for (Organisation organisation : chair.getRotatesBetween()) {
				// a name that does not resolve is S1's finding, which names it as written
				if (!organisation.eIsProxy() && !agreement.getParties().contains(organisation)) {
					findings.report(Rule.G3, chair, CHAIR__ROTATES_BETWEEN, organisation.getName());
				}
			}
			if (chair.getTermYears() < 1) {
				findings.reportCase(Rule.G3, "term", chair, CHAIR__TERM_YEARS);
			}
		}
	}

	/** G4: a member role belongs to a party or a participating organisation. */
	public void g4MemberRolesBelongToTheAgreementsOrganisations(Agreement agreement, Findings findings) {
		Set<Role> roles = Agreements.roles(agreement);
		for (Body body : Agreements.bodies(agreement)) {
			for (Membership member : body.getMembers()) {
				Role role = member.getRole();
				if (role != null && !role.eIsProxy() && !roles.contains(role)) {
					findings.report(Rule.G4, member, MEMBERSHIP__ROLE, role.getName(), body.getName());
				}
			}
		}
	}

	/** G5: reporting and assignment lines create no cycle. */
	public void g5NoReportingCycles(Agreement agreement, Findings findings) {
		for (Body body : Agreements.bodies(agreement)) {
			if (reachesItself(body, true)) {
				findings.report(Rule.G5, body, BODY__REPORTS_TO);
			}
			if (reachesItself(body, false)) {
				findings.reportCase(Rule.G5, "assignment", body, BODY__ASSIGNED_BY);
			}
		}
	}

	private static boolean reachesItself(Body start, boolean reporting) {
		Set<Body> visited = new HashSet<>();
		Body next = reporting ? start.getReportsTo() : start.getAssignedBy();
		while (next != null && visited.add(next)) {
			if (next == start) {
				return true;
			}
			next = reporting ? next.getReportsTo() : next.getAssignedBy();
		}
		return false;
	}

	/** G6: where stated, each area group has exactly one network group. */
	public void g6OneNetworkGroupPerAreaGroup(Agreement agreement, Findings findings) {
		if (!agreement.isNetworkGroupPerAreaGroup()) {
			return;
		}
		for (Body areaGroup : Agreements.bodies(agreement, BodyKind.AREA_GROUP)) {
			long networkGroups = areaGroup.getSubBodies().stream().filter(b -> b.getKind() == BodyKind.NETWORK_GROUP)
					.count();
			if (networkGroups != 1) {
				findings.report(Rule.G6, areaGroup, BODY__SUB_BODIES, networkGroups);
			}
		}
	}

	/** G7: a council's stated member count equals the members listed; elected are not more than all. */
	public void g7CouncilMemberCountAddsUp(Agreement agreement, Findings findings) {
		for (Body council : Agreements.bodies(agreement, BodyKind.CRIME_PREVENTION_COUNCIL)) {
			// members called in as needed or adjunct are not among the stated seats
			int listed = council.getMembers().stream()
					.filter(m -> !m.isAsNeeded() && m.getFunction() != MemberFunction.ADJUNCT)
					.mapToInt(m -> m.getCount() > 0 ? m.getCount() : 1).sum();
			if (council.getMemberCount() > 0 && !council.getMembers().isEmpty() && listed != council.getMemberCount()) {
				findings.report(Rule.G7, council, BODY__MEMBER_COUNT, council.getMemberCount(), listed);
			}
			if (council.getElectedCount() > council.getMemberCount() && council.getMemberCount() > 0) {
				findings.reportCase(Rule.G7, "elected", council, BODY__ELECTED_COUNT, council.getMemberCount(),
						council.getElectedCount());
			}
		}
	}

	/** G8: every body has a mandate and a meeting frequency. */
	public void g8BodiesHaveMandateAndFrequency(Agreement agreement, Findings findings) {
		for (Body body : Agreements.bodies(agreement)) {
			if (isBlank(body.getMandate()) || body.getMeets() == null) {
				findings.report(Rule.G8, body, isBlank(body.getMandate()) ? BODY__MANDATE : BODY__MEETS);
			}
		}
	}

	/** G9: each party has a coordinator. */
	public void g9EachPartyHasACoordinator(Agreement agreement, Findings findings) {
		if (!Agreements.governs(agreement)) {
			return;
		}
		for (Organisation party : Agreements.parties(agreement)) {
			boolean has = agreement.getCoordination() != null && agreement.getCoordination().getCoordinators()
					.stream().anyMatch(c -> c.getParty() == party);
			if (!has) {
				findings.report(Rule.G9, agreement, AGREEMENT__PARTIES, party.getName());
			}
		}
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
