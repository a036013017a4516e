/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.Body;
import se.samverka.model.BodyKind;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.Model;
import se.samverka.model.Organisation;
import se.samverka.model.Outcome;
import se.samverka.model.Role;
import se.samverka.model.time.PartialDate;

/** What the rules ask of an agreement again and again: its organisations, bodies, measures. */
public final class Agreements {
	private Agreements() {
	}

	/**
	 * The parties whose names resolve. A name that does not is reported once, as a broken
	 * reference (S1); the rules about parties pass over it rather than report a nameless party.
	 */
	public static List<Organisation> parties(Agreement agreement) {
		return agreement.getParties().stream().filter(party -> !party.eIsProxy()).toList();
	}

	/** Parties and participating organisations. */
	public static Set<Organisation> organisations(Agreement agreement) {
		Set<Organisation> organisations = new LinkedHashSet<>(parties(agreement));
		agreement.getParticipants().stream().filter(participant -> !participant.eIsProxy()).forEach(organisations::add);
		return organisations;
	}

	public static Set<Role> roles(Agreement agreement) {
		Set<Role> roles = new LinkedHashSet<>();
		organisations(agreement).forEach(o -> roles.addAll(o.getRoles()));
		return roles;
	}

	/**
	 * Whether the organisation is a party or participant of the agreement, or part of one (a
	 * municipality's administration promises for the municipality).
	 */
	public static boolean isPartyOrParticipant(Agreement agreement, Organisation organisation) {
		Set<Organisation> declared = organisations(agreement);
		Set<Organisation> seen = new LinkedHashSet<>();
		for (Organisation current = organisation; current != null && seen.add(current); current = current.getParent()) {
			if (declared.contains(current)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * When the document was made, as written: signed, else decided, else the start of its period,
	 * else the start of its validity; null when it has none of them with a year.
	 */
	public static PartialDate documentDate(Agreement agreement) {
		for (PartialDate date : new PartialDate[] { agreement.getSigned(), agreement.getDecided(), agreement.getPeriodFrom() }) {
			if (date != null && date.hasYear()) {
				return date;
			}
		}
		if (agreement.getValidity() != null && agreement.getValidity().getFrom() != null) {
			return PartialDate.parse(agreement.getValidity().getFrom().toString());
		}
		return null;
	}

	/** The last period the document covers: its period's end ("2020" till "2021" ends with 2021), else its start; null without a period. */
	public static PartialDate lastPeriod(Agreement agreement) {
		PartialDate last = agreement.getPeriodTo() != null ? agreement.getPeriodTo() : agreement.getPeriodFrom();
		return last != null && last.hasYear() ? last : null;
	}

	/**
	 * Every outcome recorded beside the agreement: in its own follow-up plan and in those of the
	 * other models loaded with it, as a later document may follow up an earlier one.
	 */
	public static List<Outcome> outcomes(Agreement agreement) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Model model : models(agreement)) {
			for (Agreement any : model.getAgreements()) {
				if (any.getFollowUpPlan() != null) {
					outcomes.addAll(any.getFollowUpPlan().getOutcomes());
				}
			}
		}
		return outcomes;
	}

	/** Every body of the agreement, sub-bodies included. */
	public static List<Body> bodies(Agreement agreement) {
		return contents(agreement, Body.class);
	}

	public static List<Body> bodies(Agreement agreement, BodyKind kind) {
		return bodies(agreement).stream().filter(b -> b.getKind() == kind).toList();
	}

	public static List<Measure> measures(Agreement agreement) {
		List<Measure> measures = new ArrayList<>();
		agreement.getActionPlans().forEach(plan -> measures.addAll(plan.getMeasures()));
		return measures;
	}

	public static List<Goal> goals(Agreement agreement) {
		List<Goal> goals = new ArrayList<>();
		measures(agreement).forEach(m -> goals.addAll(m.getGoals()));
		return goals;
	}

	/** True when the element is a party, a role of a party or participant, or a body of the agreement. */
	public static boolean isActorOf(Agreement agreement, EObject actor) {
		if (actor instanceof Organisation organisation) {
			return organisations(agreement).contains(organisation);
		}
		if (actor instanceof Role role) {
			return roles(agreement).contains(role);
		}
		return actor instanceof Body body && bodies(agreement).contains(body);
	}

	/**
	 * Whether the agreement itself must set up governance, coordination, plans and follow-up. A
	 * citizen promise does not; nor does a framework agreement whose sub-agreements (in the same
	 * folder) carry that content, as Botkyrka's "Avtalet" and its "Underavtal".
	 */
	public static boolean governs(Agreement agreement) {
		if (agreement.getKind() == AgreementKind.CITIZEN_PROMISE) {
			return false;
		}
		return agreement.getKind() != AgreementKind.FRAMEWORK || subAgreements(agreement).isEmpty();
	}

	public static List<Agreement> subAgreements(Agreement framework) {
		List<Agreement> subs = new ArrayList<>();
		for (Model model : models(framework)) {
			model.getAgreements().stream().filter(a -> a.getFramework() == framework).forEach(subs::add);
		}
		return subs;
	}

	/** The models loaded with the agreement (the files of its folder), its own included. */
	private static List<Model> models(Agreement agreement) {
		List<Model> models = new ArrayList<>();
		Resource resource = agreement.eResource();
		if (resource == null) {
			if (agreement.eContainer() instanceof Model own) {
				models.add(own);
			}
			return models;
		}
		// a copy: resolving a reference may load another file into the set
		List<Resource> resources = resource.getResourceSet() == null ? List.of(resource)
				: List.copyOf(resource.getResourceSet().getResources());
		for (Resource r : resources) {
			for (EObject root : r.getContents()) {
				if (root instanceof Model model) {
					models.add(model);
				}
			}
		}
		return models;
	}

	static <T> List<T> contents(EObject root, Class<T> type) {
		List<T> found = new ArrayList<>();
		root.eAllContents().forEachRemaining(o -> {
			if (type.isInstance(o)) {
				found.add(type.cast(o));
			}
		});
		return found;
	}
}
