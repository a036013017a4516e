/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.xml;

/**
 * Text as XML 1.0 can hold it. The XML writers escape markup, but a control character from a
 * model (pasted text, a fuzzed file) would make the written file unreadable; it becomes U+FFFD.
 */
public final class XmlText {
	private XmlText() {
	}

	/** The text with every character XML 1.0 cannot hold replaced by U+FFFD; null becomes empty. */
	public static String safe(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().forEach(c -> safe.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
				|| c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF ? c : 0xFFFD));
		return safe.toString();
	}
}
