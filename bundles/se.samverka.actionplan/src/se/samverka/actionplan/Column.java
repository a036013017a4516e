/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

/**
 * The columns of the action plan spreadsheet: two identifiers that tie a row to its measure and
 * goal in the model, then the columns of the national model's action plan (Brå, the Police and SKR,
 * "Samverkan i lokalt brottsförebyggande arbete", 2020).
 */
public enum Column {
	MEASURE_ID, GOAL_ID, PRIORITY_AREA, CAUSE, MEASURE, PURPOSE, GOAL, BASELINE, TARGET, YEAR, RESPONSIBLE, COMMITMENT,
	FUNDING, WHEN, STATUS;

	/** The header in the user's language. */
	public String header() {
		return Texts.get("column." + name());
	}

	/** The header in every language Samverka speaks: a file written in either can be read back. */
	public boolean isHeader(String text) {
		String plain = text == null ? "" : text.strip();
		return plain.equalsIgnoreCase(Texts.get(java.util.Locale.ROOT, "column." + name()))
				|| plain.equalsIgnoreCase(Texts.get(java.util.Locale.ENGLISH, "column." + name()));
	}

	/** The spreadsheet's column letter, as users name a cell (A, B, …). */
	public String letter() {
		return String.valueOf((char) ('A' + ordinal()));
	}

	/** Whether the cell holds a number (written as a number in XLSX). */
	public boolean isNumber() {
		return this == BASELINE || this == TARGET || this == YEAR;
	}
}
