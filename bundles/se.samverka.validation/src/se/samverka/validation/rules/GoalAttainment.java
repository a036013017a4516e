/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.rules;

import java.math.BigDecimal;

import se.samverka.model.Goal;
import se.samverka.model.GoalComparison;
import se.samverka.model.Outcome;
import se.samverka.model.ValueQualifier;
import se.samverka.model.labels.ValueNames;
import se.samverka.validation.Findings;

/** Whether an outcome's value reaches its goal, where the numbers can tell. */
final class GoalAttainment {
	private GoalAttainment() {
	}

	/**
	 * True when the value reaches the goal, false when it does not, null when the numbers cannot
	 * tell: no comparison, nothing to compare with, or a value given as "cirka". A value given as
	 * "minst" or "drygt" is only its least value, so it can show a "minst" goal reached and a
	 * "högst" goal missed, but not the other way round.
	 */
	static Boolean reached(Goal goal, Outcome outcome) {
		if (!goal.isSetComparison() || outcome.getValue() == null) {
			return null;
		}
		boolean leastOnly = outcome.isSetQualifier() && outcome.getQualifier() != null
				&& outcome.getQualifier() != ValueQualifier.ABOUT;
		if (outcome.isSetQualifier() && outcome.getQualifier() == ValueQualifier.ABOUT) {
			return null;
		}
		BigDecimal value = outcome.getValue();
		BigDecimal target = goal.getTarget();
		BigDecimal baseline = goal.getBaseline();
		return switch (goal.getComparison()) {
		case AT_LEAST -> target == null ? null : atLeast(value, target, leastOnly);
		case AT_MOST -> target == null ? null : atMost(value, target, leastOnly);
		case EXACTLY -> target == null ? null : exactly(value, target, leastOnly);
		case INCREASE -> target != null ? atLeast(value, target, leastOnly)
				: baseline == null ? null : above(value, baseline, leastOnly);
		case DECREASE -> target != null ? atMost(value, target, leastOnly)
				: baseline == null ? null : below(value, baseline, leastOnly);
		};
	}

	private static Boolean atLeast(BigDecimal value, BigDecimal target, boolean leastOnly) {
		boolean reached = value.compareTo(target) >= 0;
		return reached || !leastOnly ? reached : null;
	}

	private static Boolean above(BigDecimal value, BigDecimal baseline, boolean leastOnly) {
		boolean reached = value.compareTo(baseline) > 0;
		return reached || !leastOnly ? reached : null;
	}

	private static Boolean atMost(BigDecimal value, BigDecimal target, boolean leastOnly) {
		boolean reached = value.compareTo(target) <= 0;
		return !reached || !leastOnly ? reached : null;
	}

	private static Boolean below(BigDecimal value, BigDecimal baseline, boolean leastOnly) {
		boolean reached = value.compareTo(baseline) < 0;
		return !reached || !leastOnly ? reached : null;
	}

	private static Boolean exactly(BigDecimal value, BigDecimal target, boolean leastOnly) {
		int order = value.compareTo(target);
		if (leastOnly) {
			return order > 0 ? false : null;
		}
		return order == 0;
	}

	/** The goal in words: "minst 4", "öka till 60", "minska från 53". */
	static String describe(Goal goal) {
		GoalComparison comparison = goal.getComparison();
		String word = ValueNames.of(comparison);
		if (goal.getTarget() != null) {
			boolean direction = comparison == GoalComparison.INCREASE || comparison == GoalComparison.DECREASE;
			return word + " " + (direction ? Findings.word("part.to") + " " : "") + goal.getTarget().toPlainString();
		}
		return word + " " + Findings.word("part.from") + " " + goal.getBaseline().toPlainString();
	}
}
