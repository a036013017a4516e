/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange;

/** The exchange formats' messages, in the user's language (messages.properties, messages_en.properties). */
public final class Texts {
	private static final se.samverka.model.nls.Texts TEXTS = new se.samverka.model.nls.Texts(Texts.class,
			"se.samverka.exchange.messages");

	private Texts() {
	}

	public static String get(String key, Object... arguments) {
		return TEXTS.get(key, arguments);
	}
}
