/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.rules;

import static se.samverka.model.SamverkaPackage.Literals.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.Agreement;
import se.samverka.model.FollowUpSubject;
import se.samverka.model.Goal;
import se.samverka.model.GoalKind;
import se.samverka.model.Measure;
import se.samverka.model.MeasureNature;
import se.samverka.model.PriorityArea;
import se.samverka.model.derived.Trends;
import se.samverka.model.labels.ElementReferences;
import se.samverka.validation.Agreements;
import se.samverka.validation.Findings;
import se.samverka.validation.Rule;

/** Priority areas, measures and goals: P1–P9. */
public final class PriorityAreaRules {
	/** Verbs of movement that make a goal followable (Brå's handbook: minska, öka …). */
	private static final List<String> MOVEMENT = List.of("öka", "minska", "halvera", "fördubbla", "höja", "sänka",
			"förbättra", "stärka", "förkorta", "utöka", "bygga upp", "skapa", "fortsätta öka");

	/** P1: every priority area cites at least one finding of the situation picture. */
	public void p1PriorityAreasCiteFindings(Agreement agreement, Findings findings) {
		for (PriorityArea area : agreement.getPriorityAreas()) {
			if (area.getJustifiedBy().isEmpty()) {
				findings.report(Rule.P1, area, PRIORITY_AREA__JUSTIFIED_BY);
			}
		}
	}

	/** P2: every measure belongs to a priority area; every priority area has a measure. */
	public void p2MeasuresAndPriorityAreasMeet(Agreement agreement, Findings findings) {
		List<Measure> measures = Agreements.measures(agreement);
		for (Measure measure : measures) {
			if (measure.getPriorityAreas().isEmpty()) {
				findings.reportCase(Rule.P2, "measure", measure, MEASURE__PRIORITY_AREAS);
			}
		}
		if (!Agreements.governs(agreement)) {
			return;
		}
		for (PriorityArea area : agreement.getPriorityAreas()) {
			if (measures.stream().noneMatch(m -> m.getPriorityAreas().contains(area))) {
				findings.report(Rule.P2, area, NAMED_ELEMENT__NAME);
			}
		}
	}

	/** P3: every measure has a purpose, a goal, a responsible and funding. */
	public void p3MeasuresAreComplete(Agreement agreement, Findings findings) {
		for (Measure measure : Agreements.measures(agreement)) {
			StringBuilder missing = new StringBuilder();
			add(missing, measure.getPurpose() == null || measure.getPurpose().isBlank(), Findings.word("part.purpose"));
			add(missing, measure.getGoals().isEmpty(), Findings.word("part.goal"));
			add(missing, measure.getResponsible().isEmpty(), Findings.word("part.responsible"));
			add(missing, measure.getFunding().isEmpty(), Findings.word("part.funding"));
			if (!missing.isEmpty()) {
				findings.report(Rule.P3, measure, NAMED_ELEMENT__NAME, missing);
			}
		}
	}

	/** P4: a goal is measurable or marked qualitative; a stated change agrees with baseline and target. */
	public void p4GoalsAreMeasurable(Agreement agreement, Findings findings) {
		for (Goal goal : Agreements.goals(agreement)) {
			boolean measurable = goal.getIndicator() != null && goal.getBaseline() != null && goal.getTarget() != null
					&& goal.getUnit() != null && goal.getYear() > 0;
			if (!measurable && !goal.isQualitative()) {
				findings.report(Rule.P4, goal, GOAL__TEXT);
			}
			BigDecimal stated = goal.getStatedChangePercent();
			BigDecimal computed = Trends.percentChange(goal.getBaseline(), goal.getTarget()).orElse(null);
			if (stated != null && computed != null && stated.subtract(computed).abs().compareTo(BigDecimal.ONE) > 0) {
				findings.reportCase(Rule.P4, "change", goal, GOAL__STATED_CHANGE_PERCENT, stated.toPlainString(),
						computed.toPlainString());
			}
		}
	}

	/** P5: a measure's responsible is a party, a role or a body of the agreement. */
	public void p5ResponsibleBelongsToTheAgreement(Agreement agreement, Findings findings) {
		for (Measure measure : Agreements.measures(agreement)) {
			for (EObject responsible : measure.getResponsible()) {
				if (!responsible.eIsProxy() && !Agreements.isActorOf(agreement, responsible)) {
					findings.report(Rule.P5, measure, MEASURE__RESPONSIBLE, ElementReferences.of(responsible));
				}
			}
		}
	}

	/** P6: every measure is covered by the follow-up plan. */
	public void p6MeasuresAreFollowedUp(Agreement agreement, Findings findings) {
		for (Measure measure : Agreements.measures(agreement)) {
			boolean covered = agreement.getFollowUpPlan() != null && agreement.getFollowUpPlan().getEntries().stream()
					.filter(e -> e.getSubject() == FollowUpSubject.MEASURES)
					.anyMatch(e -> e.getMeasures().isEmpty() || e.getMeasures().contains(measure));
			if (!covered) {
				findings.report(Rule.P6, measure, NAMED_ELEMENT__NAME);
			}
		}
	}

	/** P7: every measure names the cause it acts on. */
	public void p7MeasuresNameTheirCause(Agreement agreement, Findings findings) {
		for (Measure measure : Agreements.measures(agreement)) {
			if (measure.getCauses().isEmpty()) {
				findings.report(Rule.P7, measure, MEASURE__CAUSES);
			}
		}
	}

	/** P8: a goal says what kind it is and moves something; vague verbs are flagged. */
	public void p8GoalsHaveKindAndMovement(Agreement agreement, Findings findings) {
		for (Goal goal : Agreements.goals(agreement)) {
			String text = goal.getText() == null ? "" : goal.getText().toLowerCase(Locale.ROOT);
			String vague = VaguePhrases.in(text);
			if (goal.getKind() == GoalKind.UNSPECIFIED) {
				findings.reportCase(Rule.P8, "kind", goal, GOAL__KIND);
			}
			if (vague != null) {
				findings.reportCase(Rule.P8, "vague", goal, GOAL__TEXT, vague);
			} else if (MOVEMENT.stream().noneMatch(text::contains)) {
				findings.report(Rule.P8, goal, GOAL__TEXT);
			}
		}
	}

	/** P9: every measure says whether it is a one-off or ordinary work, and when it happens. */
	public void p9MeasuresSayWhatAndWhen(Agreement agreement, Findings findings) {
		for (Measure measure : Agreements.measures(agreement)) {
			StringBuilder missing = new StringBuilder();
			add(missing, measure.getNature() == MeasureNature.UNSPECIFIED, Findings.word("part.nature"));
			add(missing, measure.getWhen() == null || measure.getWhen().isBlank(), Findings.word("part.when"));
			if (!missing.isEmpty()) {
				findings.report(Rule.P9, measure, MEASURE__WHEN, missing);
			}
		}
	}

	private static void add(StringBuilder missing, boolean absent, String what) {
		if (absent) {
			missing.append(missing.isEmpty() ? "" : ", ").append(what);
		}
	}
}
