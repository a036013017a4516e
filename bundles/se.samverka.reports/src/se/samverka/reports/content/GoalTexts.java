/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.content;

import se.samverka.model.labels.SwedishNumbers;
import static se.samverka.reports.content.DocumentContent.joined;

import java.math.BigDecimal;

import se.samverka.model.CitizenPromise;
import se.samverka.model.FigureKind;
import se.samverka.model.Goal;
import se.samverka.model.GoalComparison;
import se.samverka.model.GoalKind;
import se.samverka.model.ValueQualifier;
import se.samverka.model.labels.ValueNames;
import se.samverka.reports.Texts;

/**
 * A goal's target and an outcome's value as Swedish words: "minst 200 tillfällen", "öka från
 * 70 % år 2019 till 80 %", "cirka 60 avvisningar". Numbers in Swedish form; the sentence parts
 * are in messages.properties.
 */
public final class GoalTexts {
	private GoalTexts() {
	}

	/** What the goal aims at, or null when it names no value, comparison or change. */
	public static String target(Goal goal) {
		GoalComparison comparison = goal.isSetComparison() ? goal.getComparison() : null;
		String target;
		if (comparison == GoalComparison.INCREASE || comparison == GoalComparison.DECREASE) {
			target = joined(" ", ValueNames.of(comparison),
					goal.getBaseline() == null ? null : Texts.get("goal.from", baseline(goal)),
					goal.getTarget() == null ? null : Texts.get("goal.to", amount(goal.getTarget(), goal)),
					goal.getStatedChangePercent() == null ? null
							: Texts.get("goal.by", SwedishNumbers.format(goal.getStatedChangePercent().abs()) + "\u00a0%"));
		} else if (goal.getTarget() != null) {
			// "exakt" is how the model says a plain number; a document says "200 tillfällen"
			target = joined(" ", comparison == null || comparison == GoalComparison.EXACTLY ? null : ValueNames.of(comparison),
					amount(goal.getTarget(), goal));
			if (goal.getBaseline() != null) {
				target += " " + Texts.get("goal.baseline", baseline(goal));
			}
		} else {
			return null;
		}
		if (goal.getYear() > 0) {
			target += " " + Texts.get("goal.year", String.valueOf(goal.getYear()));
		}
		if (goal.getPeriod() != null) {
			target += " " + Texts.get("goal.period", goal.getPeriod().toString());
		}
		return target;
	}

	/** "minst 200 tillfällen (produktionsmål; indikator: Tillfällen med fotpatrullering)": a goal in a line. */
	public static String line(Goal goal) {
		String target = target(goal);
		String kind = goal.getKind() == null || goal.getKind() == GoalKind.UNSPECIFIED ? null
				: Texts.get("goal.kind." + goal.getKind().name());
		String indicator = goal.getIndicator() == null ? null : Texts.get("goal.indicator", goal.getIndicator());
		String details = joined("; ", kind, indicator);
		String what = target != null ? target : goal.getText();
		if (target != null && goal.getText() != null && goal.getIndicator() == null) {
			what = goal.getText() + ": " + target;
		}
		return details.isEmpty() ? what : what + " (" + details + ")";
	}

	/** The target of a promise that states it without a goal ("mål 200 tillfällen"), or null. */
	public static String target(CitizenPromise promise) {
		return promise.getTarget() > 0 ? joined(" ", String.valueOf(promise.getTarget()), promise.getUnit()) : null;
	}

	/** A reported value with how exact it is and the goal's unit: "minst 200 tillfällen". */
	public static String value(BigDecimal value, ValueQualifier qualifier, Goal unitOf, String unit) {
		if (value == null) {
			return null;
		}
		String amount = unitOf != null ? amount(value, unitOf) : joined(" ", SwedishNumbers.format(value), unit);
		return joined(" ", qualifier == null ? null : ValueNames.of(qualifier), amount);
	}

	/** A number with the goal's unit: "200 tillfällen", "30 % av de svarande", "12 anmälda brott per 1 000 invånare". */
	public static String amount(BigDecimal value, Goal goal) {
		String number = SwedishNumbers.format(value);
		FigureKind kind = goal.isSetUnitKind() ? goal.getUnitKind() : FigureKind.COUNT;
		return switch (kind) {
		case COUNT -> joined(" ", number, goal.getUnit());
		case PERCENT -> joined(" ", number + "\u00a0" + Texts.get("unit.PERCENT"), goal.getUnit());
		// "12,5 anmälda brott per 100 000 invånare"
		default -> joined(" ", number, goal.getUnit(), Texts.get("unit." + kind.name()));
		};
	}

	private static String baseline(Goal goal) {
		String amount = amount(goal.getBaseline(), goal);
		return goal.getBaselineYear() > 0 ? Texts.get("goal.baselineYear", amount, String.valueOf(goal.getBaselineYear()))
				: amount;
	}
}
