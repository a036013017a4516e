/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a text into lines no wider than a box may be, at spaces, so a long title is shown whole
 * on several lines instead of being cut. The lines are balanced (no lone last word when the
 * same number of lines can be evener); a word longer than a line stands on a line of its own.
 */
public final class TextWrap {
	private TextWrap() {
	}

	/** The text's lines of at most {@code maxCharacters} characters each (a longer word excepted), balanced. */
	public static List<String> lines(String text, int maxCharacters) {
		List<String> greedy = greedy(text, maxCharacters);
		if (greedy.size() < 2) {
			return greedy;
		}
		// the narrowest width that needs no more lines than the widest does
		for (int width = text.strip().length() / greedy.size(); width < maxCharacters; width++) {
			List<String> narrower = greedy(text, width);
			if (narrower.size() <= greedy.size()) {
				return narrower;
			}
		}
		return greedy;
	}

	/** Each line filled with as many words as fit. */
	private static List<String> greedy(String text, int maxCharacters) {
		List<String> lines = new ArrayList<>();
		if (text == null || text.isBlank()) {
			lines.add(text == null ? "" : text.strip());
			return lines;
		}
		for (String paragraph : text.strip().split("\\s*\\R\\s*")) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split("\\s+")) {
				if (line.length() > 0 && line.length() + 1 + word.length() > maxCharacters) {
					lines.add(line.toString());
					line.setLength(0);
				}
				if (line.length() > 0) {
					line.append(' ');
				}
				line.append(word);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** The number of characters of the longest line. */
	public static int longest(List<String> lines) {
		return lines.stream().mapToInt(String::length).max().orElse(0);
	}
}
