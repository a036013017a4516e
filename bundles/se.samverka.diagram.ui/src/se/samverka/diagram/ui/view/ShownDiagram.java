/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.view;

import java.util.Map;

import se.samverka.diagram.model.Diagram;

/**
 * A diagram of one file as the view shows it: laid out, as a Sprotty model for the browser, and
 * with the place in the text of each box's element. Made under the language server's read lock,
 * so the view never touches the server's EMF objects afterwards.
 */
public record ShownDiagram(String uri, Diagram diagram, String sprottyModel, Map<String, ElementRange> ranges) {

	/** The box whose element is written most closely around the caret, or null. */
	public String boxAt(String documentUri, int caret) {
		String best = null;
		int bestLength = Integer.MAX_VALUE;
		for (var entry : ranges.entrySet()) {
			ElementRange range = entry.getValue();
			if (range.contains(documentUri, caret) && range.length() < bestLength) {
				best = entry.getKey();
				bestLength = range.length();
			}
		}
		return best;
	}
}
