/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.server;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** LSP positions (line and UTF-16 column, from 0) to document offsets and back. */
public final class Positions {
	private Positions() {
	}

	public static Position position(IDocument document, int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		return new Position(line, offset - document.getLineOffset(line));
	}

	public static int offset(IDocument document, Position position) throws BadLocationException {
		if (position.getLine() >= document.getNumberOfLines()) {
			return document.getLength();
		}
		int lineStart = document.getLineOffset(position.getLine());
		int lineLength = document.getLineLength(position.getLine());
		return lineStart + Math.min(position.getCharacter(), lineLength);
	}

	/** Offset and length of a range. */
	public static int[] region(IDocument document, Range range) throws BadLocationException {
		int start = offset(document, range.getStart());
		int end = offset(document, range.getEnd());
		return new int[] { start, Math.max(0, end - start) };
	}
}
