/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

/**
 * Keeps a text cell from becoming a formula when a spreadsheet program opens a CSV file: a text
 * that starts with = + - @ (or a tab or carriage return, which some programs skip) gets a leading
 * apostrophe, as OWASP advises against CSV injection. Reading removes it again, so texts round-trip.
 */
public final class FormulaGuard {
	private FormulaGuard() {
	}

	public static String guarded(String text) {
		return startsDangerously(text) ? "'" + text : text;
	}

	public static String unguarded(String text) {
		return text.length() > 1 && text.charAt(0) == '\'' && startsDangerously(text.substring(1)) ? text.substring(1) : text;
	}

	private static boolean startsDangerously(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}
}
