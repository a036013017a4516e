/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole spreadsheet as the writers write it and the readers read it: the national model's
 * columns, then a group of outcome columns per follow-up period, and the rows.
 */
public record ActionPlanSheet(List<OutcomeColumn> outcomeColumns, List<TableRow> rows) {

	/** The header row, in the user's language. */
	public List<String> header() {
		List<String> header = new ArrayList<>(ActionPlanTable.header());
		outcomeColumns.forEach(column -> header.add(column.header()));
		return header;
	}

	/** The number of columns. */
	public int width() {
		return Column.values().length + outcomeColumns.size();
	}

	/** The sheet's index of an outcome column. */
	public int index(OutcomeColumn column) {
		return Column.values().length + outcomeColumns.indexOf(column);
	}

	/** The text of the cell at the column index. */
	public static String text(TableRow row, int index, List<OutcomeColumn> outcomeColumns) {
		return index < Column.values().length ? row.cell(Column.values()[index])
				: row.outcome(outcomeColumns.get(index - Column.values().length));
	}

	/** The column letter a spreadsheet program shows for a column index: A … Z, AA, AB, … */
	public static String letter(int index) {
		return index < 26 ? String.valueOf((char) ('A' + index)) : letter(index / 26 - 1) + (char) ('A' + index % 26);
	}
}
