/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.statistics;

import java.math.BigDecimal;

/**
 * One figure of a statistics file: a region (a municipality's name, or SCB's code and name), a
 * crime category, a year, and the number of reported crimes and the number per 100 000
 * inhabitants, either of which may be absent (Brå writes "..").
 */
public record StatisticRow(String region, String category, int year, BigDecimal count, BigDecimal perHundredThousand,
		int line) {
}
