/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.samverka.actionplan.ActionPlanTable;
import se.samverka.actionplan.Column;
import se.samverka.actionplan.TableException;
import se.samverka.actionplan.TableReading;
import se.samverka.actionplan.Texts;

/**
 * The action plan as an Excel workbook (Apache POI): one sheet with a bold, frozen header row and
 * a filter, wrapped text, numbers as numbers. Texts are written as text cells, which Excel never
 * evaluates, so a model string cannot become a formula; a workbook read back with a formula cell
 * is refused.
 */
public final class ActionPlanWorkbook {
	private static final int[] WIDTHS = { 16, 14, 28, 30, 30, 36, 36, 12, 12, 8, 24, 30, 22, 16, 14 };

	private ActionPlanWorkbook() {
	}

	public static byte[] write(List<Map<Column, String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(Texts.get("sheet"));
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			wrapped.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (Column column : Column.values()) {
				Cell cell = header.createCell(column.ordinal(), CellType.STRING);
				cell.setCellValue(column.header());
				cell.setCellStyle(bold);
				sheet.setColumnWidth(column.ordinal(), WIDTHS[column.ordinal()] * 256);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (Column column : Column.values()) {
					String value = rows.get(r).getOrDefault(column, "");
					if (column.isNumber() && !value.isEmpty()) {
						row.createCell(column.ordinal(), CellType.NUMERIC).setCellValue(new BigDecimal(value).doubleValue());
					} else {
						Cell cell = row.createCell(column.ordinal(), CellType.STRING);
						cell.setCellValue(value);
						cell.setCellStyle(wrapped);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, Column.values().length - 1));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The data rows of the first sheet (the header checked); the error names the row and column of the first problem. */
	public static List<Map<Column, String>> read(byte[] content) throws TableException {
		List<List<String>> records = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() > 0) {
				Sheet sheet = workbook.getSheetAt(0);
				DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
				for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
					records.add(cells(sheet.getRow(r), r, formatter));
				}
			}
		} catch (IOException | RuntimeException unreadable) {
			// POI reports a file that is no workbook with unchecked exceptions of many kinds
			throw new TableException(1, null, Texts.get("error.unreadable", "XLSX", String.valueOf(unreadable.getMessage())));
		}
		return TableReading.rows(records);
	}

	/** A row's cells as text, numbers without a trailing ".0"; a formula is refused with its place. */
	private static List<String> cells(Row row, int r, DataFormatter formatter) throws TableException {
		List<String> cells = new ArrayList<>();
		for (Column column : Column.values()) {
			Cell cell = row == null ? null : row.getCell(column.ordinal());
			if (cell != null && cell.getCellType() == CellType.FORMULA) {
				throw new TableException(r + 1, column, Texts.get("error.formula"));
			}
			cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
					? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
					: formatter.formatCellValue(cell));
		}
		return cells;
	}
}
