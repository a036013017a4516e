/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.labels;

import se.samverka.model.nls.Texts;

/** The words of this package, from labels.properties (Swedish) and labels_en.properties (English). */
final class LabelTexts {
	static final String BUNDLE = "se.samverka.model.labels.labels";
	private static final Texts TEXTS = new Texts(LabelTexts.class, BUNDLE);

	private LabelTexts() {
	}

	static String get(String key, Object... arguments) {
		return TEXTS.get(key, arguments);
	}
}
