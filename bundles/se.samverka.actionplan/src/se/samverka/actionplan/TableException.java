/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

/**
 * A spreadsheet that cannot be mapped onto the model, with the place a user finds in the
 * spreadsheet program: the row number as shown there (the header is row 1) and the column letter.
 */
public final class TableException extends Exception {
	private static final long serialVersionUID = 1L;
	private final int row;
	private final Column column;

	public TableException(int row, Column column, String problem) {
		super(column == null ? problem : Texts.get("error.at", row, column.letter(), column.header(), problem));
		this.row = row;
		this.column = column;
	}

	public int row() {
		return row;
	}

	/** The column, or null when the problem is the file as a whole. */
	public Column column() {
		return column;
	}
}
