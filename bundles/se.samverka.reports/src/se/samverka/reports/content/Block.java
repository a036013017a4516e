/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.content;

import java.util.List;

/**
 * One piece of a generated document, independent of the format it is written in: the agreement
 * and the communication plan are described once as blocks and rendered to Word and to PDF alike.
 */
public sealed interface Block {

	/** The document's title (level 0), a numbered section (1) or a sub-heading (2). */
	record Heading(int level, String text) implements Block {
	}

	/** A paragraph; line breaks in the text are kept. */
	record Paragraph(String text, boolean centred) implements Block {
		public Paragraph(String text) {
			this(text, false);
		}
	}

	record Bullet(String text) implements Block {
	}

	/**
	 * A table with a header row that repeats on each page; cells may hold line breaks. A cell may
	 * have a background colour ({@code fills}: "RRGGBB" or null, by row and column), such as a
	 * traffic light beside the status it stands for; the colour never carries meaning alone.
	 */
	record Table(List<String> header, List<List<String>> rows, List<List<String>> fills) implements Block {
		public Table(List<String> header, List<List<String>> rows) {
			this(header, rows, List.of());
		}

		/** The cell's background colour, or null. */
		public String fill(int row, int column) {
			if (row >= fills.size() || column >= fills.get(row).size()) {
				return null;
			}
			return fills.get(row).get(column);
		}
	}

	/**
	 * A picture of the given size in pixels, e.g. a laid-out diagram: a PNG, the same drawing as SVG
	 * where there is one (null otherwise), and the description a screen reader reads instead of it.
	 */
	record Picture(String name, byte[] png, byte[] svg, String description, int width, int height) implements Block {
	}

	record PageBreak() implements Block {
	}
}
