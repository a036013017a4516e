/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import se.samverka.model.nls.Texts;

/** The formats' names and messages, in the user's language (messages.properties Swedish, messages_en.properties English). */
public final class FormatTexts {
	private static final Texts TEXTS = new Texts(FormatTexts.class, "se.samverka.formats.messages");

	private FormatTexts() {
	}

	public static String get(String key, Object... arguments) {
		return TEXTS.get(key, arguments);
	}
}
