/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.rules;

import static se.samverka.model.SamverkaPackage.Literals.*;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.Agreement;
import se.samverka.model.FollowUpEntry;
import se.samverka.model.FollowUpPlan;
import se.samverka.model.FollowUpSubject;
import se.samverka.model.Organisation;
import se.samverka.model.labels.ElementReferences;
import se.samverka.model.labels.ValueNames;
import se.samverka.validation.Agreements;
import se.samverka.validation.Findings;
import se.samverka.validation.Rule;

/** The follow-up plan: F1–F2. */
public final class FollowUpRules {
	private static final Set<FollowUpSubject> REQUIRED = EnumSet.of(FollowUpSubject.SITUATION_PICTURE,
			FollowUpSubject.PRIORITY_AREAS, FollowUpSubject.MEASURES, FollowUpSubject.COMMUNICATION_PLAN);

	/** F1: the plan covers the four subjects, each with method, responsible and frequency. */
	public void f1PlanCoversTheFourSubjects(Agreement agreement, Findings findings) {
		FollowUpPlan plan = agreement.getFollowUpPlan();
		if (plan == null) {
			if (Agreements.governs(agreement)) {
				findings.reportCase(Rule.F1, "missing", agreement, AGREEMENT__FOLLOW_UP_PLAN);
			}
			return;
		}
		Set<FollowUpSubject> covered = EnumSet.noneOf(FollowUpSubject.class);
		for (FollowUpEntry entry : plan.getEntries()) {
			covered.add(entry.getSubject());
			boolean hasResponsible = !entry.getResponsible().isEmpty()
					|| (entry.getResponsibleText() != null && !entry.getResponsibleText().isBlank());
			if (entry.getMethod() == null || !hasResponsible || entry.getFrequency() == null) {
				findings.reportCase(Rule.F1, "entry", entry, FOLLOW_UP_ENTRY__METHOD);
			}
		}
		Set<FollowUpSubject> missing = EnumSet.copyOf(REQUIRED);
		missing.removeAll(covered);
		if (!missing.isEmpty()) {
			findings.report(Rule.F1, plan, FOLLOW_UP_PLAN__ENTRIES,
					missing.stream().map(ValueNames::of).reduce((a, b) -> a + ", " + b).orElse(""));
		}
	}

	/** F2: a follow-up's responsible is a body or role of the agreement. */
	public void f2ResponsibleIsABodyOrRole(Agreement agreement, Findings findings) {
		if (agreement.getFollowUpPlan() == null) {
			return;
		}
		for (FollowUpEntry entry : agreement.getFollowUpPlan().getEntries()) {
			for (EObject responsible : entry.getResponsible()) {
				if (!responsible.eIsProxy()
						&& (responsible instanceof Organisation || !Agreements.isActorOf(agreement, responsible))) {
					findings.report(Rule.F2, entry, FOLLOW_UP_ENTRY__RESPONSIBLE,
							ElementReferences.of(responsible));
				}
			}
		}
	}

}
