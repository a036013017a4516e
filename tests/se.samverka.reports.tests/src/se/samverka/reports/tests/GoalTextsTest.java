/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import se.samverka.model.FigureKind;
import se.samverka.model.Goal;
import se.samverka.model.GoalComparison;
import se.samverka.model.GoalKind;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.ValueQualifier;
import se.samverka.model.time.PartialDate;
import se.samverka.reports.content.GoalTexts;

/**
 * A goal's target as the promise document and the follow-up write it, in Swedish with Swedish
 * numbers, for every comparison and kind of unit: the sentences the examples do not reach.
 */
class GoalTextsTest {

	@Test
	void aComparisonWithAValueReadsAsASwedishPhrase() {
		assertEquals("minst 200 tillfällen", GoalTexts.target(goal(GoalComparison.AT_LEAST, "200", FigureKind.COUNT, "tillfällen")));
		assertEquals("högst 12,5 anmälda brott per 1\u00a0000 invånare",
				GoalTexts.target(goal(GoalComparison.AT_MOST, "12.5", FigureKind.PER_THOUSAND, "anmälda brott")));
		// "exakt" is how the model says a plain number
		assertEquals("200 tillfällen", GoalTexts.target(goal(GoalComparison.EXACTLY, "200", FigureKind.COUNT, "tillfällen")));
		assertEquals("12\u00a0500 besök", GoalTexts.target(goal(null, "12500", FigureKind.COUNT, "besök")));
	}

	@Test
	void anIncreaseOrDecreaseSaysFromWhatToWhatOrByHowMuch() {
		Goal trust = goal(GoalComparison.INCREASE, "80", FigureKind.PERCENT, "av de svarande");
		trust.setBaseline(new BigDecimal("70"));
		trust.setBaselineYear(2019);
		trust.setYear(2025);
		assertEquals("öka från 70\u00a0% av de svarande år 2019 till 80\u00a0% av de svarande år 2025", GoalTexts.target(trust));

		Goal burglaries = goal(GoalComparison.DECREASE, null, FigureKind.COUNT, "bostadsinbrott");
		burglaries.setStatedChangePercent(new BigDecimal("-10"));
		burglaries.setPeriod(PartialDate.parse("2019"));
		assertEquals("minska med 10\u00a0% under 2019", GoalTexts.target(burglaries));
	}

	@Test
	void aBaselineStandsBesideATargetAndAGoalWithoutValueHasNone() {
		Goal walks = goal(GoalComparison.AT_LEAST, "4", FigureKind.COUNT, "trygghetsvandringar");
		walks.setBaseline(new BigDecimal("2"));
		walks.setBaselineYear(2018);
		walks.setKind(GoalKind.PROCESS);
		walks.setIndicator("Genomförda trygghetsvandringar");
		assertEquals("minst 4 trygghetsvandringar (utgångsläge 2 trygghetsvandringar år 2018) "
				+ "(processmål; indikator: Genomförda trygghetsvandringar)", GoalTexts.line(walks));
		Goal qualitative = SamverkaFactory.eINSTANCE.createGoal();
		qualitative.setText("Ökad trygghet i centrum");
		assertNull(GoalTexts.target(qualitative));
		assertEquals("Ökad trygghet i centrum", GoalTexts.line(qualitative));
	}

	@Test
	void anOutcomeKeepsHowExactItIsAndTheGoalsUnit() {
		Goal goal = goal(GoalComparison.AT_LEAST, "200", FigureKind.COUNT, "tillfällen");
		assertEquals("cirka 60 tillfällen", GoalTexts.value(new BigDecimal("60"), ValueQualifier.ABOUT, goal, null));
		assertEquals("1,5 timmar", GoalTexts.value(new BigDecimal("1.5"), null, null, "timmar"));
		assertNull(GoalTexts.value(null, null, goal, null));
	}

	private static Goal goal(GoalComparison comparison, String target, FigureKind kind, String unit) {
		Goal goal = SamverkaFactory.eINSTANCE.createGoal();
		if (comparison != null) {
			goal.setComparison(comparison);
		}
		goal.setTarget(target == null ? null : new BigDecimal(target));
		goal.setUnitKind(kind);
		goal.setUnit(unit);
		return goal;
	}
}
