/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import se.samverka.model.nls.Texts;

/** The diagrams' own words (titles, placeholder labels), from messages.properties and messages_en.properties. */
final class DiagramTexts {
	private static final Texts TEXTS = new Texts(DiagramTexts.class, "se.samverka.diagram.generation.messages");

	private DiagramTexts() {
	}

	static String get(String key, Object... arguments) {
		return TEXTS.get(key, arguments);
	}
}
