/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.cycle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.model.time.PartialDate;

/**
 * Moves the years written in a name, a title, a file name or a partial date forward by a number of
 * years: "Kungälv2020" becomes "Kungälv2022", "Medborgarlöfte Kungälv 2020–2021" becomes
 * "Medborgarlöfte Kungälv 2022–2023", "hösten 2018" becomes "hösten 2019". A year is four digits
 * from 1900 to 2099 that no other digit touches, so "0127" or "202100-0076" are left alone.
 */
record YearShift(int years) {
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");

	/** Whether the text holds a year this shift would move. */
	static boolean hasYear(String text) {
		return text != null && YEAR.matcher(text).find();
	}

	/** The text with every year in it moved; a text without a year is returned as it is. */
	String apply(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = YEAR.matcher(text);
		StringBuilder moved = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(moved, String.valueOf(Integer.parseInt(matcher.group()) + years));
		}
		matcher.appendTail(moved);
		return moved.toString();
	}

	/**
	 * The date moved by the shift, written as before; null when there was none, or when the moved
	 * text is no date (29 February in a year that has none), which leaves the date to be filled in.
	 */
	PartialDate apply(PartialDate date) {
		if (date == null || !date.hasYear()) {
			return null;
		}
		try {
			return PartialDate.parse(apply(date.toString()));
		} catch (IllegalArgumentException noSuchDay) {
			return null;
		}
	}
}
