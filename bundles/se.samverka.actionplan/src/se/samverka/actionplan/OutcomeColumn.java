/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.util.Locale;

/**
 * A column after the national model's: the outcome ("Utfall 2019") or its status ("Status 2019")
 * for one follow-up period, the period as the header writes it. One pair per period the follow-up
 * covers; a user adds a pair to report a new period.
 */
public record OutcomeColumn(boolean status, String period) {

	public String header() {
		return Texts.get(key(status), period);
	}

	/** The column a header names, in either language, or null when it names none. */
	public static OutcomeColumn parse(String header) {
		String plain = header == null ? "" : header.strip().replaceAll("\\s+", " ");
		for (boolean status : new boolean[] { false, true }) {
			for (Locale locale : new Locale[] { Locale.ROOT, Locale.ENGLISH }) {
				String prefix = Texts.get(locale, key(status)).replace("{0}", "");
				if (plain.length() > prefix.length() && plain.regionMatches(true, 0, prefix, 0, prefix.length())) {
					return new OutcomeColumn(status, plain.substring(prefix.length()).strip());
				}
			}
		}
		return null;
	}

	private static String key(boolean status) {
		return status ? "column.outcomeStatus" : "column.outcome";
	}
}
