/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.util.Map;

/** One row of the spreadsheet: the national model's cells, and the outcome cells by their column. */
public record TableRow(Map<Column, String> cells, Map<OutcomeColumn, String> outcomes) {

	public String cell(Column column) {
		return cells.getOrDefault(column, "");
	}

	public String outcome(OutcomeColumn column) {
		return outcomes.getOrDefault(column, "");
	}
}
