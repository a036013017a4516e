/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A document being described as blocks: the builders of the agreement and the communication plan
 * add to it, and the renderers read {@link #blocks()}. Empty texts are left out as they come, so
 * the builders need not check every optional attribute of the model.
 */
public final class DocumentContent {
	private final String title;
	private final List<Block> blocks = new ArrayList<>();
	private int section;
	private boolean reviewCopy;

	public DocumentContent(String title) {
		this.title = title;
	}

	/**
	 * Whether the document is a review copy: for those who write the agreement, marked as such on every
	 * page and with the validation findings on its diagrams. A copy to sign or publish is not.
	 */
	public boolean isReviewCopy() {
		return reviewCopy;
	}

	public void markReviewCopy() {
		reviewCopy = true;
	}

	public String title() {
		return title;
	}

	public List<Block> blocks() {
		return List.copyOf(blocks);
	}

	public void add(Block block) {
		blocks.add(block);
	}

	/** A numbered section heading in capitals, as the seeds write them. */
	public void section(String heading) {
		add(new Block.Heading(1, ++section + ". " + heading.toUpperCase(java.util.Locale.ROOT)));
	}

	/** An appendix: on a new page, not numbered. */
	public void appendix(String heading) {
		add(new Block.PageBreak());
		add(new Block.Heading(1, heading));
	}

	public void subheading(String text) {
		add(new Block.Heading(2, text));
	}

	public void paragraph(String text) {
		add(new Block.Paragraph(String.valueOf(text)));
	}

	/** A paragraph only if there is text. */
	public void text(String text) {
		if (text != null && !text.isBlank()) {
			paragraph(text);
		}
	}

	public void bullet(String text) {
		add(new Block.Bullet(text));
	}

	public void table(List<String> header, List<List<String>> rows) {
		add(new Block.Table(List.copyOf(header), rows.stream().map(DocumentContent::cells).toList()));
	}

	/** A table some of whose cells have a background colour ("RRGGBB", null for none), by row and column. */
	public void table(List<String> header, List<List<String>> rows, List<List<String>> fills) {
		add(new Block.Table(List.copyOf(header), rows.stream().map(DocumentContent::cells).toList(),
				fills.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList()));
	}

	/**
	 * A table without the columns, after the first, that no row fills: an empty "När" or "Utfall"
	 * column tells a reader nothing and takes room from the others.
	 */
	public void tableOfFilledColumns(List<String> header, List<List<String>> rows, List<List<String>> fills) {
		List<Integer> filled = new ArrayList<>(List.of(0));
		for (int column = 1; column < header.size(); column++) {
			int c = column;
			if (rows.stream().anyMatch(row -> row.get(c) != null && !row.get(c).isEmpty())) {
				filled.add(column);
			}
		}
		table(filled.stream().map(header::get).toList(), rows.stream().map(row -> picked(row, filled)).toList(),
				fills.stream().map(row -> picked(row, filled)).toList());
	}

	private static List<String> picked(List<String> row, List<Integer> columns) {
		List<String> picked = new ArrayList<>();
		columns.forEach(column -> picked.add(column < row.size() ? row.get(column) : null));
		return picked;
	}

	private static List<String> cells(List<String> row) {
		return row.stream().map(cell -> cell == null ? "" : cell).toList();
	}

	/** The parts that have text, joined. */
	public static String joined(String separator, String... parts) {
		return Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
				.collect(Collectors.joining(separator));
	}

	public static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
