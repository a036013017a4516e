/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.derived;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.samverka.model.Statistic;
import se.samverka.model.Trend;
import se.samverka.model.YearValue;

/** The trend of a statistic, computed from its figures rather than taken from what the text says. */
public final class Trends {
	private Trends() {
	}

	/** The trend from the earliest to the latest year, or empty when fewer than two years have figures. */
	public static Optional<Trend> computed(Statistic statistic) {
		List<YearValue> values = statistic.getValues().stream().filter(v -> v.getValue() != null)
				.sorted(Comparator.comparingInt(YearValue::getYear)).toList();
		if (values.size() < 2) {
			return Optional.empty();
		}
		int sign = values.get(values.size() - 1).getValue().compareTo(values.get(0).getValue());
		return Optional.of(sign > 0 ? Trend.INCREASING : sign < 0 ? Trend.DECREASING : Trend.UNCHANGED);
	}

	/** The first and last figure, as a percentage change rounded to one decimal; empty if not computable. */
	public static Optional<BigDecimal> percentChange(BigDecimal from, BigDecimal to) {
		if (from == null || to == null || from.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(to.subtract(from).multiply(BigDecimal.valueOf(100))
				.divide(from, 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros());
	}
}
