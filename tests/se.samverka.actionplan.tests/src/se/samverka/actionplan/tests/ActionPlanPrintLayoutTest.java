/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.samverka.actionplan.ActionPlanFormat;
import se.samverka.actionplan.Column;
import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.model.Model;

/**
 * Every example's action plan spreadsheet read back with POI as a user would find it when opening
 * and printing it: columns as wide as their content (within bounds), wrapped text in rows tall
 * enough for it, the header row frozen and printed on every page, landscape A4 one page wide, the
 * status as a drop-down of the allowed values, and numbers as numbers.
 */
class ActionPlanPrintLayoutTest {
	private static final List<String> EXAMPLES = List.of("botkyrka/underavtal.samverkan", "jarva/jarva.samverkan",
			"spanga-tensta/spanga-tensta.samverkan", "kungalv/medborgarlofte-2018-2019.samverkan",
			"kungalv/medborgarlofte-2020-2021.samverkan", "goteborg-centrum/medborgarloften.samverkan");

	/** The height of a line of Calibri 11, the sheet's font, with its spacing: Excel's default row height. */
	private static final float LINE_POINTS = 15;

	@Test
	void everyExamplesSpreadsheetPrintsOnLandscapePagesWithoutOverlap() throws Exception {
		for (String example : EXAMPLES) {
			Agreement agreement = agreement(example);
			if (agreement.getActionPlans().isEmpty() && agreement.getPromises().isEmpty()) {
				continue;
			}
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ActionPlanFormat.XLSX.write(agreement)))) {
				XSSFSheet sheet = workbook.getSheetAt(0);
				columnsFitTheirHeaders(example, sheet);
				rowsAreTallEnough(example, sheet);
				assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), example + ": the header row is frozen");
				assertEquals(List.of(0, 0), List.of(sheet.getRepeatingRows().getFirstRow(), sheet.getRepeatingRows().getLastRow()),
						example + ": the header row prints on each page");
				PrintSetup print = sheet.getPrintSetup();
				assertTrue(print.getLandscape(), example);
				assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), example);
				assertTrue(sheet.getFitToPage(), example);
				assertEquals(1, print.getFitWidth(), example + ": one page wide");
				assertEquals(0, print.getFitHeight(), example + ": as many pages tall as the rows need");
				statusIsADropDown(example, sheet);
				numbersAreNumbers(example, sheet);
			}
		}
	}

	private static void columnsFitTheirHeaders(String example, XSSFSheet sheet) {
		Row header = sheet.getRow(0);
		List<Integer> widths = new java.util.ArrayList<>();
		// the national model's columns and the outcome columns after them
		for (int column = 0; column < header.getLastCellNum(); column++) {
			int width = sheet.getColumnWidth(column) / 256;
			widths.add(width);
			for (String word : header.getCell(column).getStringCellValue().split(" ")) {
				assertTrue(width >= word.length() + 2, example + ": column " + (column + 1) + " (" + width
						+ " characters) is narrower than its header's word " + word);
			}
			assertTrue(width <= 60, example + ": column " + (column + 1) + " is capped");
			assertTrue(header.getCell(column).getCellStyle().getWrapText(), example);
		}
		assertTrue(header.getLastCellNum() >= Column.values().length, example);
		assertTrue(widths.stream().distinct().count() > 3, example + ": widths from the content " + widths);
	}

	/** Each text cell wraps, and its row has at least a line's height for every line the text needs; hidden columns are empty. */
	private static void rowsAreTallEnough(String example, XSSFSheet sheet) {
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			for (Cell cell : row) {
				if (sheet.isColumnHidden(cell.getColumnIndex())) {
					assertTrue(cell.getCellType() != CellType.STRING || cell.getStringCellValue().isEmpty(),
							example + ": " + cell.getAddress() + " is hidden but holds something");
				}
				if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isEmpty()) {
					continue;
				}
				assertTrue(cell.getCellStyle().getWrapText(), example + ": " + cell.getAddress() + " wraps");
				int characters = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
				int lines = 0;
				for (String line : cell.getStringCellValue().split("\n", -1)) {
					lines += Math.max(1, (int) Math.ceil(line.length() / (double) characters));
				}
				assertTrue(row.getHeightInPoints() >= lines * LINE_POINTS, example + ": row " + (r + 1) + " is "
						+ row.getHeightInPoints() + " pt, " + cell.getAddress() + " needs " + lines + " lines");
			}
		}
	}

	private static void statusIsADropDown(String example, XSSFSheet sheet) {
		DataValidation status = sheet.getDataValidations().stream()
				.filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == Column.STATUS.ordinal()).findFirst()
				.orElseThrow(() -> new AssertionError(example + ": no drop-down on the status column"));
		assertEquals(List.of("grön", "gul", "röd"), List.of(status.getValidationConstraint().getExplicitListValues()), example);
		assertTrue(status.getShowErrorBox(), example + ": other values are refused");
		assertTrue(status.getRegions().getCellRangeAddress(0).getLastRow() >= sheet.getLastRowNum(), example);
		Row header = sheet.getRow(0);
		for (int column = Column.values().length; column < header.getLastCellNum(); column++) {
			if (header.getCell(column).getStringCellValue().startsWith("Status ")) {
				int index = column;
				DataValidation period = sheet.getDataValidations().stream()
						.filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == index).findFirst()
						.orElseThrow(() -> new AssertionError(example + ": no drop-down on " + header.getCell(index)));
				assertEquals(List.of("genomfört", "delvis genomfört", "pågår", "ej påbörjat", "ej genomfört", "grön", "gul", "röd"),
						List.of(period.getValidationConstraint().getExplicitListValues()), example);
			}
		}
	}

	private static void numbersAreNumbers(String example, XSSFSheet sheet) {
		boolean anyNumber = false;
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			for (Column column : List.of(Column.BASELINE, Column.TARGET, Column.YEAR)) {
				Cell cell = sheet.getRow(r).getCell(column.ordinal());
				if (cell != null && cell.getCellType() != CellType.BLANK
						&& !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty())) {
					assertEquals(CellType.NUMERIC, cell.getCellType(), example + ": " + cell.getAddress());
					assertFalse(cell.getCellStyle().getDataFormatString().equals("General") && column != Column.YEAR,
							example + ": " + cell.getAddress() + " has a number format");
					anyNumber = true;
				}
			}
		}
		assertTrue(anyNumber || example.startsWith("jarva") || example.startsWith("spanga"), example + ": has numbers");
	}

	private static Agreement agreement(String example) throws Exception {
		Path file = Path.of(System.getProperty("samverka.examples", "../../examples")).resolve(example);
		ModelFolder folder = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ModelFolder.class);
		folder.load(List.of(file));
		return ((Model) folder.requested().get(file).getContents().get(0)).getAgreements().get(0);
	}
}
