/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

import se.samverka.model.nls.Texts;

/** The words of diagram editing: its messages to the user and the names of its edits. */
final class EditTexts {
	private static final Texts TEXTS = new Texts(EditTexts.class, "se.samverka.dsl.ide.diagramedit.messages");

	private EditTexts() {
	}

	static String get(String key, Object... arguments) {
		return TEXTS.get(key, arguments);
	}
}
