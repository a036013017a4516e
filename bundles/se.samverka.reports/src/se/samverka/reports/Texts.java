/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports;

/** The documents' words, in the user's language (messages.properties Swedish, messages_en.properties English). */
public final class Texts {
	private static final se.samverka.model.nls.Texts TEXTS = new se.samverka.model.nls.Texts(Texts.class,
			"se.samverka.reports.messages");

	private Texts() {
	}

	/** The language's code for HTML's lang attribute: "sv" or "en". */
	public static String language() {
		return se.samverka.model.nls.Language.current().getLanguage().isEmpty() ? "sv"
				: se.samverka.model.nls.Language.current().getLanguage();
	}

	public static String get(String key, Object... arguments) {
		return TEXTS.get(key, arguments);
	}
}
