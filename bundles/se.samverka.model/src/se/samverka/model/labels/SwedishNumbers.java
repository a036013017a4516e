/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.labels;

import java.math.BigDecimal;

/**
 * Numbers as Swedish documents print them: a decimal comma and, from five digits on, a no-break
 * space between thousands ("0,75", "1234", "12 345"), as Språkrådet recommends. One place for every
 * document, spreadsheet and diagram Samverka writes.
 */
public final class SwedishNumbers {
	/** The no-break space: a number never breaks across lines. */
	static final char THOUSANDS = '\u00a0';

	private SwedishNumbers() {
	}

	public static String format(BigDecimal number) {
		if (number == null) {
			return "";
		}
		String plain = number.stripTrailingZeros().toPlainString();
		String sign = plain.startsWith("-") ? "\u2212" : "";
		String unsigned = sign.isEmpty() ? plain : plain.substring(1);
		int point = unsigned.indexOf('.');
		String whole = point < 0 ? unsigned : unsigned.substring(0, point);
		String fraction = point < 0 ? "" : "," + unsigned.substring(point + 1);
		return sign + grouped(whole) + fraction;
	}

	private static String grouped(String digits) {
		if (digits.length() < 5) {
			return digits;
		}
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				grouped.append(THOUSANDS);
			}
			grouped.append(digits.charAt(i));
		}
		return grouped.toString();
	}
}
