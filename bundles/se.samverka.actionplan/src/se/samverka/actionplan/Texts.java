/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.util.Locale;
import java.util.ResourceBundle;

/** The spreadsheet's words, in the user's language (messages.properties Swedish, messages_en.properties English). */
public final class Texts {
	private static final se.samverka.model.nls.Texts TEXTS = new se.samverka.model.nls.Texts(Texts.class,
			"se.samverka.actionplan.messages");

	private Texts() {
	}

	public static String get(String key, Object... arguments) {
		return TEXTS.get(key, arguments);
	}

	/** A text in a given language: {@link Locale#ROOT} for Swedish, which lives in the base file. */
	static String get(Locale locale, String key) {
		ResourceBundle bundle = ResourceBundle.getBundle("se.samverka.actionplan.messages", locale,
				Texts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return bundle.getString(key);
	}
}
