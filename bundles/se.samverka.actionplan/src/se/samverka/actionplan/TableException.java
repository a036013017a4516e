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
	private final String letter;

	public TableException(int row, Column column, String problem) {
		super(column == null ? problem : Texts.get("error.at", row, column.letter(), column.header(), problem));
		this.row = row;
		this.column = column;
		this.letter = column == null ? null : column.letter();
	}

	/** A problem in a column after the national model's: an outcome column, by its index and header. */
	public TableException(int row, int index, String header, String problem) {
		super(Texts.get("error.at", row, ActionPlanSheet.letter(index), header, problem));
		this.row = row;
		this.column = null;
		this.letter = ActionPlanSheet.letter(index);
	}

	public int row() {
		return row;
	}

	/** The column's letter, or null when the problem is the file as a whole. */
	public String letter() {
		return letter;
	}

	/** The national model's column, or null when the problem is in an outcome column or the file as a whole. */
	public Column column() {
		return column;
	}
}
