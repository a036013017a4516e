/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.view;

/**
 * Where the element of a box is written: the file, the whole element (to find the box at the
 * caret) and its name (what is selected when the box is clicked).
 */
public record ElementRange(String uri, int offset, int length, int nameOffset, int nameLength) {

	public boolean contains(String documentUri, int caret) {
		return uri.equals(documentUri) && offset <= caret && caret <= offset + length;
	}
}
