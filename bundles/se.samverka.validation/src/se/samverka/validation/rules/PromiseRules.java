/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.rules;

import static se.samverka.model.SamverkaPackage.Literals.*;

import java.time.Clock;
import java.time.LocalDate;

import se.samverka.model.labels.PeriodTexts;
import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.DocumentStatus;
import se.samverka.model.Goal;
import se.samverka.model.GoalComparison;
import se.samverka.model.Organisation;
import se.samverka.model.Outcome;
import se.samverka.model.PromiseActivity;
import se.samverka.model.time.PartialDate;
import se.samverka.validation.Agreements;
import se.samverka.validation.Findings;
import se.samverka.validation.Rule;

/**
 * Citizen promises (medborgarlöften): M1–M5, Brå's and the national model's good practice. A
 * promise is checkable and concrete, is given by a party or a declared third party, its goals can
 * be measured, and it is followed up once its period has ended.
 */
public final class PromiseRules {
	private final Clock clock;

	/** @param clock what "today" is when a period is asked whether it has ended */
	public PromiseRules(Clock clock) {
		this.clock = clock;
	}

	/** M1: a promise has at least one goal that can be followed up. */
	public void m1PromisesHaveACheckableGoal(Agreement agreement, Findings findings) {
		for (CitizenPromise promise : agreement.getPromises()) {
			if (promise.getTarget() <= 0 && promise.getGoals().stream().noneMatch(PromiseRules::checkable)) {
				findings.report(Rule.M1, promise, NAMED_ELEMENT__NAME);
			}
		}
	}

	/**
	 * A goal an outcome can be held against: a target value, a direction (öka, minska) of a named
	 * indicator, or a goal deliberately marked qualitative.
	 */
	static boolean checkable(Goal goal) {
		boolean direction = goal.isSetComparison() && (goal.getComparison() == GoalComparison.INCREASE
				|| goal.getComparison() == GoalComparison.DECREASE);
		return goal.isQualitative() || goal.getTarget() != null || (direction && !isBlank(goal.getIndicator()));
	}

	/** M2: a promise says what will be done, not that someone will work for it. */
	public void m2PromisesAreConcrete(Agreement agreement, Findings findings) {
		for (CitizenPromise promise : agreement.getPromises()) {
			String vague = VaguePhrases.in(promise.getText());
			if (vague != null) {
				findings.report(Rule.M2, promise, CITIZEN_PROMISE__TEXT, vague);
			}
		}
	}

	/** M3: who promises, and who carries out an activity, is a party or a declared participant. */
	public void m3OwnersBelongToTheDocument(Agreement agreement, Findings findings) {
		for (CitizenPromise promise : agreement.getPromises()) {
			for (Organisation owner : promise.getOwners()) {
				// a name that does not resolve is S1's finding
				if (!owner.eIsProxy() && !Agreements.isPartyOrParticipant(agreement, owner)) {
					findings.report(Rule.M3, promise, CITIZEN_PROMISE__OWNERS, owner.getName());
				}
			}
			for (PromiseActivity activity : promise.getActivities()) {
				for (Organisation owner : activity.getOwners()) {
					if (!owner.eIsProxy() && !Agreements.isPartyOrParticipant(agreement, owner)) {
						findings.report(Rule.M3, activity, PROMISE_ACTIVITY__OWNERS, owner.getName());
					}
				}
			}
		}
	}

	/** M4: a promise's goal names its indicator and unit, unless it is marked qualitative. */
	public void m4GoalsHaveIndicatorAndUnit(Agreement agreement, Findings findings) {
		for (CitizenPromise promise : agreement.getPromises()) {
			for (Goal goal : promise.getGoals()) {
				if (goal.isQualitative()) {
					continue;
				}
				StringBuilder missing = new StringBuilder();
				add(missing, isBlank(goal.getIndicator()), Findings.word("part.indicator"));
				add(missing, isBlank(goal.getUnit()) && !goal.isSetUnitKind(), Findings.word("part.unit"));
				if (!missing.isEmpty()) {
					findings.report(Rule.M4, goal, isBlank(goal.getIndicator()) ? GOAL__INDICATOR : GOAL__UNIT, missing);
				}
			}
		}
	}

	/**
	 * M5: once the document's period has ended (the last day of its last period is past), each of
	 * its promises has an outcome: of the promise, one of its goals or one of its activities,
	 * recorded in any document loaded with it. A draft is not asked.
	 */
	public void m5EndedPromisesAreFollowedUp(Agreement agreement, Findings findings) {
		PartialDate last = Agreements.lastPeriod(agreement);
		if (last == null || (agreement.isSetStatus() && agreement.getStatus() == DocumentStatus.DRAFT)
				|| !LocalDate.now(clock).isAfter(last.end())) {
			return;
		}
		String period = PeriodTexts.of(agreement);
		var outcomes = Agreements.outcomes(agreement);
		for (CitizenPromise promise : agreement.getPromises()) {
			if (outcomes.stream().map(Outcome::getSubject).noneMatch(subject -> subject == promise
					|| promise.getGoals().contains(subject) || promise.getActivities().contains(subject))) {
				findings.report(Rule.M5, promise, NAMED_ELEMENT__NAME, period);
			}
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static void add(StringBuilder missing, boolean absent, String what) {
		if (absent) {
			missing.append(missing.isEmpty() ? "" : ", ").append(what);
		}
	}
}
