/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the CSV and XLSX readers share: the header row checked column by column, and cells by column. */
public final class TableReading {
	private TableReading() {
	}

	/** The data rows of a sheet's records, the first being the header; blank rows are skipped. */
	public static List<Map<Column, String>> rows(List<List<String>> records) throws TableException {
		if (records.isEmpty()) {
			throw new TableException(1, Column.MEASURE_ID, Texts.get("error.header", "", Column.MEASURE_ID.header()));
		}
		checkHeader(records.get(0));
		return records.stream().skip(1).filter(cells -> !isBlank(cells)).map(TableReading::row).toList();
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
			row.put(column, column.ordinal() < cells.size() ? cells.get(column.ordinal()) : "");
		}
		return row;
	}

	/** A row with nothing in it, as spreadsheet programs leave at the end. */
	static boolean isBlank(List<String> cells) {
		return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
	}
}
