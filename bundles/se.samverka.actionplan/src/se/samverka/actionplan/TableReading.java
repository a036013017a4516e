/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the CSV and XLSX readers share: the header row checked column by column, and cells by column. */
public final class TableReading {
	private TableReading() {
	}

	/**
	 * The sheet of the records, the first being the header: the national model's columns checked,
	 * then the outcome columns; columns without a header are left out, blank rows skipped.
	 */
	public static ActionPlanSheet sheet(List<List<String>> records) throws TableException {
		if (records.isEmpty()) {
			throw new TableException(1, Column.MEASURE_ID, Texts.get("error.header", "", Column.MEASURE_ID.header()));
		}
		List<String> header = records.get(0);
		checkHeader(header);
		Map<Integer, OutcomeColumn> outcomeColumns = new LinkedHashMap<>();
		for (int index = Column.values().length; index < header.size(); index++) {
			String text = header.get(index) == null ? "" : header.get(index).strip();
			if (text.isEmpty()) {
				continue;
			}
			OutcomeColumn column = OutcomeColumn.parse(text);
			if (column == null) {
				throw new TableException(1, index, text, Texts.get("error.extraColumn"));
			}
			if (outcomeColumns.containsValue(column)) {
				throw new TableException(1, index, text, Texts.get("error.twiceColumn"));
			}
			outcomeColumns.put(index, column);
		}
		List<TableRow> rows = new ArrayList<>();
		for (List<String> cells : records.subList(1, records.size())) {
			if (isBlank(cells)) {
				continue;
			}
			Map<OutcomeColumn, String> outcomes = new LinkedHashMap<>();
			outcomeColumns.forEach((index, column) -> outcomes.put(column, index < cells.size() && cells.get(index) != null
					? cells.get(index) : ""));
			rows.add(new TableRow(row(cells), outcomes));
		}
		return new ActionPlanSheet(List.copyOf(outcomeColumns.values()), rows);
	}

	/** Refuses a header row that is not the action plan's, naming the first column that differs. */
	static void checkHeader(List<String> header) throws TableException {
		for (Column column : Column.values()) {
			String found = column.ordinal() < header.size() ? header.get(column.ordinal()) : "";
			if (!column.isHeader(found)) {
				throw new TableException(1, column, Texts.get("error.header", found, column.header()));
			}
		}
	}

	static Map<Column, String> row(List<String> cells) {
		Map<Column, String> row = new EnumMap<>(Column.class);
		for (Column column : Column.values()) {
			row.put(column, column.ordinal() < cells.size() && cells.get(column.ordinal()) != null ? cells.get(column.ordinal()) : "");
		}
		return row;
	}

	/** A row with nothing in it, as spreadsheet programs leave at the end. */
	static boolean isBlank(List<String> cells) {
		return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
	}
}
