/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.labels;

import se.samverka.model.Agreement;
import se.samverka.model.time.PartialDate;

/**
 * A period as Swedish print writes it: an en dash between years, "2020–2021", and with spaces
 * when either end is more than one word, "oktober 2018 – oktober 2019" (Språkrådet's rule).
 */
public final class PeriodTexts {
	private PeriodTexts() {
	}

	/** The period of a document: "2020–2021", "2017"; null when it gives none. */
	public static String of(Agreement document) {
		return of(document.getPeriodFrom(), document.getPeriodTo());
	}

	/** From one date to another; one of them when the other is missing or the same; null without either. */
	public static String of(PartialDate from, PartialDate to) {
		if (from == null || to == null || to.equals(from)) {
			return from != null ? from.toString() : to != null ? to.toString() : null;
		}
		String first = from.toString();
		String last = to.toString();
		return first.contains(" ") || last.contains(" ") ? first + " \u2013 " + last : first + "\u2013" + last;
	}
}
