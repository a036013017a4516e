/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.rules;

import static se.samverka.model.SamverkaPackage.Literals.*;

import se.samverka.model.Agreement;
import se.samverka.model.CommunicationPlan;
import se.samverka.model.Evaluation;
import se.samverka.model.Organisation;
import se.samverka.model.Validity;
import se.samverka.validation.Agreements;
import se.samverka.validation.Findings;
import se.samverka.validation.Rule;

/** The communication plan: C1–C3. */
public final class CommunicationRules {

	/** C1: the plan has a purpose, a target group, a channel and a goal. */
	public void c1PlanIsComplete(Agreement agreement, Findings findings) {
		CommunicationPlan plan = agreement.getCommunicationPlan();
		if (plan == null) {
			return;
		}
		StringBuilder missing = new StringBuilder();
		add(missing, plan.getPurpose() == null || plan.getPurpose().isBlank(), Findings.word("part.purpose"));
		add(missing, plan.getTargetGroups().isEmpty(), Findings.word("part.targetGroup"));
		add(missing, plan.getChannels().isEmpty(), Findings.word("part.channel"));
		add(missing, plan.getGoals().isEmpty() && plan.getLevels().stream().allMatch(l -> l.getGoals().isEmpty()), Findings.word("part.goal"));
		if (!missing.isEmpty()) {
			findings.report(Rule.C1, plan, NAMED_ELEMENT__NAME, missing);
		}
	}

	/** C2: every party has a spokesperson. */
	public void c2EveryPartyHasASpokesperson(Agreement agreement, Findings findings) {
		CommunicationPlan plan = agreement.getCommunicationPlan();
		if (plan == null) {
			return;
		}
		for (Organisation party : Agreements.parties(agreement)) {
			if (plan.getSpokespersons().stream().noneMatch(s -> s.getParty() == party)) {
				findings.report(Rule.C2, plan, COMMUNICATION_PLAN__SPOKESPERSONS, party.getName());
			}
		}
	}

	/** C3: the plan is evaluated or updated inside, or at the end of, the agreement's validity. */
	public void c3PlanIsEvaluatedWithinValidity(Agreement agreement, Findings findings) {
		CommunicationPlan plan = agreement.getCommunicationPlan();
		if (plan == null || plan.getUpdated() != null) {
			return;
		}
		Evaluation evaluation = plan.getEvaluation();
		if (evaluation == null || (evaluation.getDate() == null && evaluation.getYear() == 0)) {
			findings.reportCase(Rule.C3, "missing", plan, COMMUNICATION_PLAN__EVALUATION);
			return;
		}
		Validity validity = agreement.getValidity();
		if (validity == null || validity.getFrom() == null || validity.getTo() == null) {
			return;
		}
		int year = evaluation.getDate() != null ? evaluation.getDate().getYear() : evaluation.getYear();
		if (year < validity.getFrom().getYear() || year > validity.getTo().getYear()) {
			findings.report(Rule.C3, evaluation, EVALUATION__YEAR, String.valueOf(year), validity.getFrom(),
					validity.getTo());
		}
	}

	private static void add(StringBuilder missing, boolean absent, String what) {
		if (absent) {
			missing.append(missing.isEmpty() ? "" : ", ").append(what);
		}
	}
}
