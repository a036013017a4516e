/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import se.samverka.model.nls.Texts;

/** The command line's own messages, from messages.properties (Swedish) and messages_en.properties. */
final class CliTexts {
	private static final Texts TEXTS = new Texts(CliTexts.class, "se.samverka.cli.messages");

	private CliTexts() {
	}

	static String get(String key, Object... arguments) {
		return TEXTS.get(key, arguments);
	}
}
