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
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.samverka.actionplan.ActionPlanSheet;
import se.samverka.actionplan.Column;
import se.samverka.actionplan.OutcomeCells;
import se.samverka.actionplan.OutcomeColumn;
import se.samverka.actionplan.TableRow;
import se.samverka.actionplan.TableException;
import se.samverka.actionplan.TableReading;
import se.samverka.actionplan.Texts;
import se.samverka.model.FollowUpStatus;

/**
 * The action plan as an Excel workbook (Apache POI): one sheet with a bold, frozen header row and
 * a filter, column widths from the content (columns no row fills hidden), wrapped text with rows
 * tall enough for it, numbers as numbers, the statuses as drop-downs of the allowed values, and a
 * print set-up for landscape A4 pages one page wide with the header row on each. Texts are written as text cells, which Excel
 * never evaluates, so a model string cannot become a formula; a workbook read back with a formula
 * cell is refused.
 */
public final class ActionPlanWorkbook {
	/** The widest column, in characters: longer texts wrap. */
	static final int MAX_WIDTH = 40;
	/** The narrowest column, in characters: room for the filter button beside the header. */
	static final int MIN_WIDTH = 8;
	/**
	 * The characters of all columns together that a landscape A4 page shows at about three
	 * quarters of full size, still readable when printed.
	 */
	static final int SHEET_WIDTH = 180;
	/** Points per line of Calibri 11, with the cell's margins. */
	private static final float LINE_HEIGHT = 15f;

	private ActionPlanWorkbook() {
	}

	public static byte[] write(ActionPlanSheet table) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet(Texts.get("sheet"));
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			wrapped.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle header = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			header.setFont(font);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.TOP);
			List<String> headers = table.header();
			List<TableRow> rows = table.rows();
			boolean[] hidden = hidden(table);
			int[] widths = widths(table, hidden);
			Row headerRow = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = headerRow.createCell(c, CellType.STRING);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(header);
				sheet.setColumnWidth(c, widths[c] * 256);
				sheet.setColumnHidden(c, hidden[c]);
			}
			headerRow.setHeightInPoints(height(headers.size(), c -> hidden[c] ? "" : headers.get(c), widths));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				TableRow values = rows.get(r);
				for (int c = 0; c < headers.size(); c++) {
					String value = ActionPlanSheet.text(values, c, table.outcomeColumns());
					BigDecimal number = number(table, c, value);
					if (number != null) {
						Cell cell = row.createCell(c, CellType.NUMERIC);
						cell.setCellValue(number.doubleValue());
						cell.setCellStyle(numberStyle(workbook, c == Column.YEAR.ordinal(), number));
					} else {
						Cell cell = row.createCell(c, CellType.STRING);
						cell.setCellValue(value);
						cell.setCellStyle(wrapped);
					}
				}
				row.setHeightInPoints(height(headers.size(), c -> ActionPlanSheet.text(values, c, table.outcomeColumns()), widths));
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.size() - 1));
			int lastRow = Math.max(rows.size(), 1);
			dropDown(sheet, lastRow, Column.STATUS.ordinal(), Column.STATUS.header(), Arrays.stream(FollowUpStatus.values())
					.map(s -> Texts.get("status." + s.name())).toArray(String[]::new));
			for (OutcomeColumn column : table.outcomeColumns()) {
				if (column.status()) {
					dropDown(sheet, lastRow, table.index(column), column.header(),
							OutcomeCells.statusWords().toArray(String[]::new));
				}
			}
			printSetUp(sheet);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The number a cell holds, written as a number: the goal's figures and an outcome without a qualifier. */
	private static BigDecimal number(ActionPlanSheet table, int index, String value) {
		if (value.isEmpty()) {
			return null;
		}
		if (index < Column.values().length) {
			return Column.values()[index].isNumber() ? new BigDecimal(value) : null;
		}
		OutcomeColumn column = table.outcomeColumns().get(index - Column.values().length);
		return !column.status() && value.matches("-?[0-9]+(\\.[0-9]+)?") ? new BigDecimal(value) : null;
	}

	/**
	 * Each column as wide as its longest line (or its header's longest word), within bounds; then
	 * the widest columns narrowed, down to their longest word, until the sheet prints one page wide
	 * at a readable size.
	 */
	static int[] widths(ActionPlanSheet table, boolean[] hidden) {
		List<String> headers = table.header();
		int[] widths = new int[headers.size()];
		int[] least = new int[widths.length];
		for (int c = 0; c < headers.size(); c++) {
			int width = MIN_WIDTH;
			int word = 0;
			for (String part : headers.get(c).split(" ")) {
				word = Math.max(word, part.length() + 3);
			}
			for (TableRow row : table.rows()) {
				for (String line : ActionPlanSheet.text(row, c, table.outcomeColumns()).split("\\n")) {
					width = Math.max(width, line.length() + 1);
					for (String part : line.split(" ")) {
						word = Math.max(word, part.length() + 1);
					}
				}
			}
			least[c] = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, word));
			widths[c] = Math.max(least[c], Math.min(MAX_WIDTH, width));
		}
		while (printedWidth(widths, hidden) > SHEET_WIDTH) {
			int widest = -1;
			for (int c = 0; c < widths.length; c++) {
				if (!hidden[c] && widths[c] > least[c] && (widest < 0 || widths[c] > widths[widest])) {
					widest = c;
				}
			}
			if (widest < 0) {
				break;
			}
			widths[widest]--;
		}
		return widths;
	}

	private static int printedWidth(int[] widths, boolean[] hidden) {
		int sum = 0;
		for (int c = 0; c < widths.length; c++) {
			sum += hidden[c] ? 0 : widths[c];
		}
		return sum;
	}

	/**
	 * The columns no row fills, hidden so that they take no room on the printed page (a promise
	 * document has no purpose, commitment or funding); unhidden in Excel, they can be filled in.
	 * The identifiers and the outcome columns are always shown, and so is the follow-up status
	 * unless the outcome columns of each period take its place: they are there to be filled in.
	 */
	static boolean[] hidden(ActionPlanSheet table) {
		boolean[] hidden = new boolean[table.width()];
		for (Column column : Column.values()) {
			if (column == Column.MEASURE_ID || column == Column.GOAL_ID
					|| column == Column.STATUS && table.outcomeColumns().isEmpty()) {
				continue;
			}
			hidden[column.ordinal()] = !table.rows().isEmpty()
					&& table.rows().stream().allMatch(row -> row.cell(column).isBlank());
		}
		return hidden;
	}

	/** A row's height in points: the most lines any of its cells wraps to at its column's width. */
	static float height(int columns, java.util.function.IntFunction<String> text, int[] widths) {
		int lines = 1;
		for (int c = 0; c < columns; c++) {
			int cellLines = 0;
			for (String line : String.valueOf(text.apply(c)).split("\n", -1)) {
				// a column's width counts digits; text averages a sixth narrower, but a line of wide
				// letters may not be, so never fewer lines than at one character per digit's width
				cellLines += Math.max(wrappedLines(line, (int) ((widths[c] - 1) * 1.15)),
						(int) Math.ceil(line.length() / (double) widths[c]));
			}
			lines = Math.max(lines, cellLines);
		}
		return lines * LINE_HEIGHT;
	}

	/** The lines a text wraps to at word boundaries in a column of the given characters. */
	static int wrappedLines(String text, int width) {
		int lines = 1;
		int used = 0;
		for (String word : text.split(" ")) {
			int length = word.length();
			if (used > 0 && used + 1 + length > width) {
				lines++;
				used = 0;
			}
			used += (used > 0 ? 1 : 0) + length;
			while (used > width) {
				lines++;
				used -= width;
			}
		}
		return lines;
	}

	/** Whole numbers with a thousands separator, decimals as many as the value has; Excel shows them in the reader's locale. */
	private static CellStyle numberStyle(XSSFWorkbook workbook, boolean year, BigDecimal number) {
		int decimals = Math.max(0, number.stripTrailingZeros().scale());
		String format = year ? "0" : "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	/** A status column offers its statuses in the sheet's language, and refuses others. */
	private static void dropDown(XSSFSheet sheet, int lastRow, int column, String header, String[] statuses) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(statuses),
				new CellRangeAddressList(1, Math.max(lastRow, 1), column, column));
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(true);
		validation.createErrorBox(header, Texts.get("validation.status", String.join(", ", statuses)));
		sheet.addValidationData(validation);
	}

	/** Landscape A4, one page wide and as many pages tall as the rows need, the header row on each page. */
	private static void printSetUp(XSSFSheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		sheet.setMargin(PageMargin.LEFT, 0.6);
		sheet.setMargin(PageMargin.RIGHT, 0.6);
		sheet.setMargin(PageMargin.TOP, 0.75);
		sheet.setMargin(PageMargin.BOTTOM, 0.75);
		// Excel's codes for the page number and the number of pages: "3 (5)"
		sheet.getFooter().setCenter("&P (&N)");
	}

	/** The data rows of the first sheet (the header checked); the error names the row and column of the first problem. */
	public static ActionPlanSheet read(byte[] content) throws TableException {
		List<List<String>> records = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() > 0) {
				Sheet sheet = workbook.getSheetAt(0);
				DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
				Row header = sheet.getRow(sheet.getFirstRowNum());
				int width = Math.max(Column.values().length, header == null ? 0 : header.getLastCellNum());
				for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
					records.add(cells(sheet.getRow(r), r, width, formatter));
				}
			}
		} catch (IOException | RuntimeException unreadable) {
			// POI reports a file that is no workbook with unchecked exceptions of many kinds
			throw new TableException(1, null, Texts.get("error.unreadable", "XLSX", String.valueOf(unreadable.getMessage())));
		}
		return TableReading.sheet(records);
	}

	/** A row's cells as text, numbers without a trailing ".0"; a formula is refused with its place. */
	private static List<String> cells(Row row, int r, int width, DataFormatter formatter) throws TableException {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			Cell cell = row == null ? null : row.getCell(c);
			if (cell != null && cell.getCellType() == CellType.FORMULA) {
				throw c < Column.values().length ? new TableException(r + 1, Column.values()[c], Texts.get("error.formula"))
						: new TableException(r + 1, c, "", Texts.get("error.formula"));
			}
			cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
					? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
					: formatter.formatCellValue(cell));
		}
		return cells;
	}
}
