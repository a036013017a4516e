/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.navigation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;

/**
 * Finds boxes by a part of their title, in reading order (top to bottom, then left to right); asked
 * again with the same text, it goes on to the next match and from the last back to the first.
 */
public final class BoxSearch {
	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	/** A match: the box and its place among all the matches, from 1. */
	public record Match(DiagramNode box, int number, int count) {
	}

	private String lastText;
	private String lastBox;

	/** The next box whose title holds the text, or null when none does. */
	public Match next(Diagram diagram, String text) {
		String wanted = normalised(text);
		if (wanted.isEmpty()) {
			return null;
		}
		List<DiagramNode> matches = diagram.nodes().stream()
				.filter(node -> normalised(node.label()).contains(wanted))
				.sorted(Comparator.comparingDouble(DiagramNode::y).thenComparingDouble(DiagramNode::x))
				.toList();
		if (matches.isEmpty()) {
			lastText = null;
			lastBox = null;
			return null;
		}
		int index = 0;
		if (wanted.equals(lastText)) {
			for (int i = 0; i < matches.size(); i++) {
				if (matches.get(i).id().equals(lastBox)) {
					index = (i + 1) % matches.size();
				}
			}
		}
		lastText = wanted;
		lastBox = matches.get(index).id();
		return new Match(matches.get(index), index + 1, matches.size());
	}

	/** Lower case with the spaces collapsed: a title wrapped or typed with two spaces is still found. */
	private static String normalised(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(SWEDISH);
	}
}
