/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.docx;

import java.util.List;

/**
 * A table's column widths in twips, chosen from its content: every column at least as wide as its
 * longest word (so no word is broken inside a syllable), the rest of the text width shared in
 * proportion to how much text each column holds. Widths are estimated from character classes of a
 * sans-serif font (Calibri, or Carlito in LibreOffice), wide letters counted wider, so the estimate
 * errs on the wide side.
 */
final class ColumnWidths {
	/** Word's default cell margins, left and right together. */
	static final int CELL_PADDING = 2 * 115;

	private ColumnWidths() {
	}

	/** The widths for the given text width; wider than the text width only if the longest words need it. */
	static int[] of(List<String> header, List<List<String>> rows, int textWidth, double points) {
		int columns = header.size();
		double[] least = new double[columns];
		double[] wanted = new double[columns];
		for (int c = 0; c < columns; c++) {
			measure(header.get(c), points, least, wanted, c);
			for (List<String> row : rows) {
				measure(c < row.size() ? row.get(c) : "", points, least, wanted, c);
			}
			least[c] += CELL_PADDING;
			// a long text wants no more than a third of the page before it wraps
			wanted[c] = Math.max(least[c], Math.min(wanted[c] + CELL_PADDING, textWidth / 3.0));
		}
		double leastSum = sum(least);
		double wantedSum = sum(wanted);
		int[] widths = new int[columns];
		for (int c = 0; c < columns; c++) {
			double width;
			if (leastSum >= textWidth) {
				width = least[c];
			} else if (wantedSum <= textWidth) {
				width = wanted[c] * textWidth / wantedSum;
			} else {
				width = least[c] + (textWidth - leastSum) * (wanted[c] - least[c]) / (wantedSum - leastSum);
			}
			widths[c] = (int) Math.ceil(width);
		}
		return widths;
	}

	/** Whether the table's longest words fit the text width at all. */
	static boolean fits(List<String> header, List<List<String>> rows, int textWidth, double points) {
		return java.util.Arrays.stream(of(header, rows, textWidth, points)).sum() <= textWidth + header.size();
	}

	private static void measure(String text, double points, double[] least, double[] wanted, int column) {
		for (String line : String.valueOf(text).split("\n")) {
			wanted[column] = Math.max(wanted[column], width(line, points));
			for (String word : line.split("[ \u00a0\t]+")) {
				least[column] = Math.max(least[column], width(word, points));
			}
		}
	}

	/**
	 * A text's width in twips at the given font size, a little generous: a tenth more than Calibri
	 * (and Carlito, its metric twin in LibreOffice) needs even in bold.
	 */
	static double width(String text, double points) {
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("mwMW@%".indexOf(c) >= 0) {
				ems += 0.9;
			} else if (Character.isUpperCase(c) || Character.isDigit(c)) {
				ems += 0.62;
			} else if ("iljtfr.,:;'!|()[] ".indexOf(c) >= 0) {
				ems += 0.33;
			} else {
				ems += 0.53;
			}
		}
		return ems * points * 20 * 1.1;
	}

	private static double sum(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum;
	}
}
