/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrases Brå's handbook calls vague ("verka för", "värna om" …): a goal or promise written
 * with them says no more than that someone will try, so nothing can be followed up. Swedish, as
 * users write them, with the present tense of each.
 */
final class VaguePhrases {
	/** The phrases, in the order they are looked for. */
	static final List<String> PHRASES = List.of("verka för", "verkar för", "värna om", "värnar om", "arbeta för",
			"arbetar för", "sträva efter", "strävar efter", "jobba för", "jobbar för");

	// whole words only: "samverkar för" and "samarbeta för" are not vague
	private static final List<Pattern> PATTERNS = PHRASES.stream()
			.map(phrase -> Pattern.compile("(?<!\\p{L})" + phrase.replace(" ", "\\s+") + "(?!\\p{L})",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
			.toList();

	private VaguePhrases() {
	}

	/** The first vague phrase the text uses, as listed, or null. */
	static String in(String text) {
		if (text == null) {
			return null;
		}
		for (int i = 0; i < PHRASES.size(); i++) {
			if (PATTERNS.get(i).matcher(text).find()) {
				return PHRASES.get(i);
			}
		}
		return null;
	}
}
