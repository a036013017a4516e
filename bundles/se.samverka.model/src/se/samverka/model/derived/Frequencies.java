/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.derived;

import java.util.OptionalDouble;

import se.samverka.model.Frequency;

/** How often a body meets or a task recurs, reduced to times per year where that is defined. */
public final class Frequencies {
	private Frequencies() {
	}

	/** Times per year; empty for "continuously" or "as needed", which have no count. */
	public static OptionalDouble timesPerYear(Frequency frequency) {
		if (frequency == null || frequency.isContinuous() || frequency.getTimes() <= 0) {
			return OptionalDouble.empty();
		}
		double periodsPerYear = switch (frequency.getPer()) {
		case YEAR -> 1;
		case HALF_YEAR -> 2;
		case QUARTER -> 4;
		case MONTH -> 12;
		case WEEK -> 52;
		};
		return OptionalDouble.of(frequency.getTimes() * periodsPerYear);
	}

	/** True when the body or task happens at least once a year (continuous work counts). */
	public static boolean atLeastYearly(Frequency frequency) {
		if (frequency == null) {
			return false;
		}
		return frequency.isContinuous() || timesPerYear(frequency).orElse(0) >= 1;
	}
}
