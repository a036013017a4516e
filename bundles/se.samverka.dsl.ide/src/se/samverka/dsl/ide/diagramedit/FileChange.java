/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * The change of one file's text: replacements of parts of the text it had, none overlapping.
 *
 * @param file   the file (an URI)
 * @param before the file's text before the change
 */
public record FileChange(String file, String before, List<Replacement> replacements) {

	/** Text from an offset, of a length, replaced by another (offsets in UTF-16 units, as Java's and LSP's). */
	public record Replacement(int offset, int length, String text) {
	}

	public FileChange {
		replacements = replacements.stream().sorted(Comparator.comparingInt(Replacement::offset)).toList();
		for (int i = 1; i < replacements.size(); i++) {
			Replacement previous = replacements.get(i - 1);
			if (previous.offset() + previous.length() > replacements.get(i).offset()) {
				throw new IllegalArgumentException("overlapping replacements in " + file + ": " + replacements);
			}
		}
	}

	/** The file's text after the change. */
	public String after() {
		StringBuilder after = new StringBuilder(before);
		for (Replacement replacement : replacements.reversed()) {
			after.replace(replacement.offset(), replacement.offset() + replacement.length(), replacement.text());
		}
		return after.toString();
	}

	/** The change that turns the text after back into the text before: what undo applies. */
	public FileChange inverse() {
		List<Replacement> inverse = new ArrayList<>();
		int shift = 0;
		for (Replacement replacement : replacements) {
			inverse.add(new Replacement(replacement.offset() + shift, replacement.text().length(),
					before.substring(replacement.offset(), replacement.offset() + replacement.length())));
			shift += replacement.text().length() - replacement.length();
		}
		return new FileChange(file, after(), inverse);
	}

	/** The replacements as LSP text edits of the text before. */
	public List<TextEdit> textEdits() {
		return replacements.stream().map(replacement -> new TextEdit(new Range(position(replacement.offset()),
				position(replacement.offset() + replacement.length())), replacement.text())).toList();
	}

	private Position position(int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = before.indexOf('\n'); i >= 0 && i < offset; i = before.indexOf('\n', i + 1)) {
			line++;
			lineStart = i + 1;
		}
		return new Position(line, offset - lineStart);
	}
}
