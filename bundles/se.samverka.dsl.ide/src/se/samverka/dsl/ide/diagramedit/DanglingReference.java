/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

/**
 * A reference that deleting an element would leave pointing at nothing, where the text has it:
 * a client lists these and asks before it deletes.
 *
 * @param file   the model file (an URI)
 * @param line   from 1
 * @param column from 1
 * @param text   the line of text that holds the reference, trimmed
 */
public record DanglingReference(String file, int line, int column, String text) {

	@Override
	public String toString() {
		return file.substring(file.lastIndexOf('/') + 1) + ":" + line + ":" + column + ": " + text;
	}
}
