/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.nls;

import java.util.Locale;

/**
 * The language Samverka speaks to its user: Swedish unless English is asked for, by
 * {@link #use(Locale)} (the command line's {@code --lang}), the SAMVERKA_LANG variable, or a
 * LANG/LC_ALL that names English. A JVM whose default locale is merely "en" because nothing was
 * configured still speaks Swedish: the users are Swedish.
 */
public final class Language {
	public static final Locale SWEDISH = Locale.of("sv");
	public static final Locale ENGLISH = Locale.ENGLISH;

	private static volatile Locale current;

	private Language() {
	}

	public static Locale current() {
		Locale locale = current;
		if (locale == null) {
			locale = fromEnvironment();
			current = locale;
		}
		return locale;
	}

	public static void use(Locale locale) {
		current = locale != null && locale.getLanguage().equals("en") ? ENGLISH : SWEDISH;
	}

	/** Parses "sv" or "en" (any case); anything else is refused with null. */
	public static Locale parse(String code) {
		if (code == null) {
			return null;
		}
		return switch (code.trim().toLowerCase(Locale.ROOT)) {
		case "sv", "svenska", "swedish" -> SWEDISH;
		case "en", "english", "engelska" -> ENGLISH;
		default -> null;
		};
	}

	private static Locale fromEnvironment() {
		Locale explicit = parse(System.getenv("SAMVERKA_LANG"));
		if (explicit != null) {
			return explicit;
		}
		for (String variable : new String[] { "LC_ALL", "LC_MESSAGES", "LANG" }) {
			String value = System.getenv(variable);
			if (value != null && !value.isEmpty()) {
				return value.startsWith("en") ? ENGLISH : SWEDISH;
			}
		}
		return SWEDISH;
	}
}
