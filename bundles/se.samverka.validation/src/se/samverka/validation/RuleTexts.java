/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The catalogue's own texts (titles, descriptions, sources) in a language given by the caller,
 * so that the documentation and the tests can read both languages in one run.
 */
final class RuleTexts {
	private static final String BUNDLE = "se.samverka.validation.messages";

	/** The text of the key, or null when the language has none: a missing text must be noticed, not guessed. */
	String get(Locale locale, String key, Object... arguments) {
		try {
			String pattern = ResourceBundle.getBundle(BUNDLE, locale, RuleTexts.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
			// always formatted, so that a quote is written '' whether or not the text has arguments
			return new MessageFormat(pattern, locale).format(arguments);
		} catch (MissingResourceException none) {
			return null;
		}
	}
}
