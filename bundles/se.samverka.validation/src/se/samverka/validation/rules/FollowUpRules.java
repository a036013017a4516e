/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.rules;

import static se.samverka.model.SamverkaPackage.Literals.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.FollowUpEntry;
import se.samverka.model.FollowUpPlan;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.FollowUpSubject;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.Organisation;
import se.samverka.model.Outcome;
import se.samverka.model.derived.FollowUps;
import se.samverka.model.labels.ElementReferences;
import se.samverka.model.labels.ValueNames;
import se.samverka.validation.Agreements;
import se.samverka.validation.Findings;
import se.samverka.validation.Rule;

/** The follow-up plan and its outcomes: F1–F3. */
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

	/**
	 * F3: an outcome's reported status agrees with its numbers: a value that falls short of its
	 * goal is not green or done, one that reaches it is not red or not done. The goal is the
	 * outcome's subject, or the one goal of the promise or measure it follows up. A value given
	 * as "cirka" is not judged; one given as "minst" or "drygt" only where its least value decides.
	 */
	public void f3StatusAgreesWithTheNumbers(Agreement agreement, Findings findings) {
		if (agreement.getFollowUpPlan() == null) {
			return;
		}
		for (Outcome outcome : agreement.getFollowUpPlan().getOutcomes()) {
			Goal goal = goalOf(outcome.getSubject());
			FollowUpStatus light = FollowUps.trafficLight(outcome).orElse(null);
			if (goal == null || light == null || outcome.getValue() == null || !samePeriod(outcome, goal)) {
				continue;
			}
			Boolean reached = GoalAttainment.reached(goal, outcome);
			String reported = outcome.isSetStatus() ? Findings.word("light." + outcome.getStatus().getName())
					: ValueNames.of(outcome.getProgress());
			String value = (outcome.isSetQualifier() ? ValueNames.of(outcome.getQualifier()) + " " : "")
					+ outcome.getValue().toPlainString();
			if (Boolean.FALSE.equals(reached) && light == FollowUpStatus.GREEN) {
				findings.report(Rule.F3, outcome, OUTCOME__STATUS, value, GoalAttainment.describe(goal), reported);
			} else if (Boolean.TRUE.equals(reached) && light == FollowUpStatus.RED) {
				findings.reportCase(Rule.F3, "reached", outcome, OUTCOME__STATUS, value, GoalAttainment.describe(goal),
						reported);
			}
		}
	}

	/** The goal an outcome is measured against: its subject, or the only goal of its subject. */
	private static Goal goalOf(Object subject) {
		if (subject instanceof Goal goal) {
			return goal;
		}
		List<Goal> goals = subject instanceof CitizenPromise promise ? promise.getGoals()
				: subject instanceof Measure measure ? measure.getGoals() : List.of();
		return goals.size() == 1 ? goals.get(0) : null;
	}

	/** An outcome of another period than its goal's (2019's value against 2020's goal) is not compared. */
	private static boolean samePeriod(Outcome outcome, Goal goal) {
		return outcome.getPeriod() == null || goal.getPeriod() == null || outcome.getPeriod().overlaps(goal.getPeriod());
	}
}
