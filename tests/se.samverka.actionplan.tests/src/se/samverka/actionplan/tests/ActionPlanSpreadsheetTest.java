/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverka.actionplan.ActionPlanFormat;
import se.samverka.actionplan.Column;
import se.samverka.actionplan.TableException;
import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.Model;
import se.samverka.model.Outcome;

/**
 * Botkyrka's action plan out to a spreadsheet with the national model's columns, edited as a user
 * edits it in Excel, and back: the edits change the model and are reported, a file that cannot be
 * mapped is refused with its row and column and changes nothing, and no cell can run as a formula.
 */
class ActionPlanSpreadsheetTest {
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
	private Agreement agreement;

	@BeforeEach
	void loadBotkyrka() throws Exception {
		Path file = Path.of(System.getProperty("samverka.examples", "../../examples"), "botkyrka", "underavtal.samverkan");
		ModelFolder folder = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ModelFolder.class);
		folder.load(List.of(file));
		agreement = ((Model) folder.requested().get(file).getContents().get(0)).getAgreements().get(0);
	}

	@Test
	void theWorkbookHasTheNationalColumnsAndARowPerGoal() throws Exception {
		try (XSSFWorkbook workbook = workbook(ActionPlanFormat.XLSX.write(agreement))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertEquals("Handlingsplan", sheet.getSheetName());
			List<String> header = cells(sheet.getRow(0));
			assertEquals(List.of("Åtgärds-id", "Mål-id", "Prioriterat område", "Orsak", "Åtgärd", "Syfte", "Mål",
					"Utgångsvärde", "Målvärde", "År", "Ansvarig", "Åtagande", "Finansiering", "När", "Uppföljning"), header);
			long rows = measures().stream().mapToLong(m -> Math.max(1, m.getGoals().size())).sum();
			assertEquals(rows, sheet.getLastRowNum());
			Row stodcentrum = row(sheet, "Stödcentrum");
			assertEquals("Stödcentrum för unga brottsutsatta", stodcentrum.getCell(Column.MEASURE.ordinal()).getStringCellValue());
			assertEquals("Stödcentrumförmedling", stodcentrum.getCell(Column.GOAL_ID.ordinal()).getStringCellValue());
			assertEquals(93, stodcentrum.getCell(Column.BASELINE.ordinal()).getNumericCellValue());
			assertEquals(186, stodcentrum.getCell(Column.TARGET.ordinal()).getNumericCellValue());
			assertEquals(2015, stodcentrum.getCell(Column.YEAR.ordinal()).getNumericCellValue());
			assertEquals("Närpolisområde Botkyrka\nBotkyrka kommun", stodcentrum.getCell(Column.RESPONSIBLE.ordinal()).getStringCellValue());
		}
	}

	@Test
	void anUntouchedSpreadsheetChangesNothingInEitherFormat() throws Exception {
		for (ActionPlanFormat format : ActionPlanFormat.values()) {
			assertEquals(List.of(), format.update(agreement, format.write(agreement), TODAY), format.name());
		}
	}

	@Test
	void editsInExcelUpdateTheMeasuresAndAreReported() throws Exception {
		byte[] edited;
		try (XSSFWorkbook workbook = workbook(ActionPlanFormat.XLSX.write(agreement))) {
			Row row = row(workbook.getSheetAt(0), "Stödcentrum");
			row.getCell(Column.TARGET.ordinal()).setCellValue(200);
			row.getCell(Column.YEAR.ordinal()).setCellValue(2016);
			row.getCell(Column.STATUS.ordinal()).setCellValue("gul");
			row.getCell(Column.WHEN.ordinal()).setCellValue("Löpande 2015–2016");
			edited = bytes(workbook);
		}
		List<String> changes = ActionPlanFormat.XLSX.update(agreement, edited, TODAY);
		assertEquals(List.of("Åtgärd Stödcentrum: När ändrad från '' till 'Löpande 2015–2016'",
				"Mål Stödcentrum.Stödcentrumförmedling: Målvärde ändrat från '186' till '200'",
				"Mål Stödcentrum.Stödcentrumförmedling: År ändrat från '2015' till '2016'",
				"Stödcentrum.Stödcentrumförmedling: uppföljning gul den 2026-11-22"), changes);
		Measure stodcentrum = measure("Stödcentrum");
		Goal goal = stodcentrum.getGoals().get(0);
		assertEquals(0, new BigDecimal("200").compareTo(goal.getTarget()), String.valueOf(goal.getTarget()));
		assertEquals(2016, goal.getYear());
		assertEquals("Löpande 2015–2016", stodcentrum.getWhen());
		Outcome outcome = agreement.getFollowUpPlan().getOutcomes().get(agreement.getFollowUpPlan().getOutcomes().size() - 1);
		assertEquals(goal, outcome.getSubject());
		assertEquals(FollowUpStatus.YELLOW, outcome.getStatus());
		assertEquals(TODAY, outcome.getDate());
	}

	@Test
	void aFileThatCannotBeMappedIsRefusedWithItsRowAndColumnAndChangesNothing() throws Exception {
		byte[] edited;
		try (XSSFWorkbook workbook = workbook(ActionPlanFormat.XLSX.write(agreement))) {
			Sheet sheet = workbook.getSheetAt(0);
			row(sheet, "SIG").getCell(Column.PURPOSE.ordinal()).setCellValue("Ett nytt syfte");
			row(sheet, "Medling").getCell(Column.PRIORITY_AREA.ordinal()).setCellValue("Cykelstölder");
			edited = bytes(workbook);
		}
		String purpose = measure("SIG").getPurpose();
		TableException refused = assertThrows(TableException.class, () -> ActionPlanFormat.XLSX.update(agreement, edited, TODAY));
		assertEquals(row(workbook(edited).getSheetAt(0), "Medling").getRowNum() + 1, refused.row());
		assertEquals(Column.PRIORITY_AREA, refused.column());
		assertTrue(refused.getMessage().startsWith("rad " + refused.row() + ", kolumn C (Prioriterat område): "), refused.getMessage());
		assertTrue(refused.getMessage().endsWith("avtalet har inget prioriterat område 'Cykelstölder'"), refused.getMessage());
		assertEquals(purpose, measure("SIG").getPurpose(), "the valid edit on an earlier row was not made either");
	}

	@Test
	void aWorkbookWithAFormulaOrAForeignHeaderIsRefused() throws Exception {
		byte[] formula;
		try (XSSFWorkbook workbook = workbook(ActionPlanFormat.XLSX.write(agreement))) {
			row(workbook.getSheetAt(0), "Medling").getCell(Column.TARGET.ordinal()).setCellFormula("1+1");
			formula = bytes(workbook);
		}
		TableException refused = assertThrows(TableException.class, () -> ActionPlanFormat.XLSX.update(agreement, formula, TODAY));
		assertEquals(Column.TARGET, refused.column());
		byte[] foreign = "Namn;Antal\r\nA;1\r\n".getBytes(StandardCharsets.UTF_8);
		TableException header = assertThrows(TableException.class, () -> ActionPlanFormat.CSV.update(agreement, foreign, TODAY));
		assertEquals(1, header.row());
		assertEquals(Column.MEASURE_ID, header.column());
		TableException notAWorkbook = assertThrows(TableException.class,
				() -> ActionPlanFormat.XLSX.update(agreement, foreign, TODAY));
		assertNull(notAWorkbook.column());
	}

	@Test
	void aWorkbookWithAnExternalEntityIsRefusedAndTheFileIsNotRead() throws Exception {
		Path secret = Files.createTempFile("hemligt", ".txt");
		Files.writeString(secret, "HEMLIGT-INNEHALL");
		ByteArrayOutputStream hostile = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ActionPlanFormat.XLSX.write(agreement)));
				ZipOutputStream out = new ZipOutputStream(hostile)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("xl/sharedStrings.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					// an entity that would pull the secret file into the first text of the sheet
					xml = xml.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY hemligt SYSTEM \"" + secret.toUri() + "\">]>")
							.replaceFirst("<t>", "<t>&hemligt;");
					content = xml.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		TableException refused = assertThrows(TableException.class,
				() -> ActionPlanFormat.XLSX.update(agreement, hostile.toByteArray(), TODAY));
		assertTrue(!refused.getMessage().contains("HEMLIGT"), refused.getMessage());
	}

	@Test
	void modelStringsThatLookLikeFormulasStayText() throws Exception {
		measure("Medling").setPurpose("=HYPERLINK(\"http://example.invalid\";\"klicka\")");
		measure("MVP").setWhen("@SUM(1+1)");
		measure("SIG").setPurpose("+46 8 530 610 00");
		try (XSSFWorkbook workbook = workbook(ActionPlanFormat.XLSX.write(agreement))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					assertTrue(cell.getCellType() == CellType.STRING || cell.getCellType() == CellType.NUMERIC,
							"row " + (row.getRowNum() + 1) + ": " + cell.getCellType());
				}
			}
			assertEquals("=HYPERLINK(\"http://example.invalid\";\"klicka\")",
					row(workbook.getSheetAt(0), "Medling").getCell(Column.PURPOSE.ordinal()).getStringCellValue());
		}
		String csv = new String(ActionPlanFormat.CSV.write(agreement), StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("\uFEFFÅtgärds-id;Mål-id;"), "UTF-8 with BOM and semicolons, as Swedish Excel reads it");
		assertTrue(csv.contains(";\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"klicka\"\")\";"), "guarded: " + csv);
		assertTrue(csv.contains(";'@SUM(1+1);"), csv);
		assertTrue(csv.contains(";'+46 8 530 610 00;"), csv);
		assertEquals(List.of(), ActionPlanFormat.CSV.update(agreement, ActionPlanFormat.CSV.write(agreement), TODAY),
				"the guard is removed again on reading");
	}

	private List<Measure> measures() {
		return agreement.getActionPlans().stream().flatMap(p -> p.getMeasures().stream()).toList();
	}

	private Measure measure(String name) {
		return measures().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
	}

	private static XSSFWorkbook workbook(byte[] bytes) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private static Row row(Sheet sheet, String measureId) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(Column.MEASURE_ID.ordinal()).getStringCellValue().equals(measureId)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + measureId);
	}

	private static List<String> cells(Row row) {
		java.util.List<String> cells = new java.util.ArrayList<>();
		row.forEach(cell -> cells.add(cell.getStringCellValue()));
		return cells;
	}
}
