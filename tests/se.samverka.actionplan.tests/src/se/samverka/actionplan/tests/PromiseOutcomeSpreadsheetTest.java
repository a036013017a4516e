/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

import se.samverka.actionplan.ActionPlanFormat;
import se.samverka.actionplan.Column;
import se.samverka.actionplan.TableException;
import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.Model;
import se.samverka.model.Outcome;
import se.samverka.model.ProgressStatus;
import se.samverka.model.Trackable;
import se.samverka.model.ValueQualifier;

/**
 * Kungälv's and Göteborg Centrum's citizen promises in the action plan spreadsheet: a row per
 * promise goal and activity, and for each follow-up period the published outcome and status; edited
 * in Excel and read back, the outcomes of that period change in the model and in its saved text, an
 * untouched file changes nothing, and a bad cell is refused with its row and column.
 */
class PromiseOutcomeSpreadsheetTest {
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
	private static final String KUNGALV = "oktober 2018 – oktober 2019";

	@Test
	void kungalvsSheetHasThePromisesGoalsActivitiesAndTheYearsOutcomes() throws Exception {
		Agreement kungalv = agreement("kungalv/medborgarlofte-2018-2019.samverkan", "Kungälv2018");
		try (XSSFWorkbook workbook = workbook(ActionPlanFormat.XLSX.write(kungalv))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> header = texts(sheet.getRow(0));
			assertEquals(List.of("Uppföljning", "Utfall " + KUNGALV, "Status " + KUNGALV),
					header.subList(Column.STATUS.ordinal(), header.size()));
			assertTrue(sheet.isColumnHidden(Column.FUNDING.ordinal()), "a promise has no funding: the column takes no room");
			assertFalse(sheet.isColumnHidden(Column.MEASURE.ordinal()));
			assertTrue(sheet.isColumnHidden(Column.STATUS.ordinal()), "the period's status column takes the empty status's place");
			assertFalse(sheet.isColumnHidden(Column.STATUS.ordinal() + 2));
			// five promises: two with a goal or none (one row), FysiskMiljö's and Trafiksäkerhet's activities
			assertEquals(1 + 1 + (1 + 3) + (1 + 2) + 1, sheet.getLastRowNum());
			Row patrol = row(sheet, "Fotpatrullering", "#1");
			assertEquals("Fotpatrullering", patrol.getCell(Column.GOAL.ordinal()).getStringCellValue());
			assertEquals(200, patrol.getCell(Column.TARGET.ordinal()).getNumericCellValue());
			assertEquals("Otrygghet vid Nordmannatorget och Komarken", patrol.getCell(Column.CAUSE.ordinal()).getStringCellValue());
			assertEquals("minst 200", patrol.getCell(Column.STATUS.ordinal() + 1).getStringCellValue());
			assertEquals("genomfört", patrol.getCell(Column.STATUS.ordinal() + 2).getStringCellValue());
			assertEquals("pågår", row(sheet, "Kameraövervakning", "").getCell(Column.STATUS.ordinal() + 2).getStringCellValue());
			Row lighting = row(sheet, "FysiskMiljö", "Belysning");
			assertEquals("Åtgärda belysning", lighting.getCell(Column.MEASURE.ordinal()).getStringCellValue());
			assertEquals("", lighting.getCell(Column.STATUS.ordinal() + 1).getStringCellValue(), "no follow-up was published");
			assertEquals("Lokalpolisområde Storgöteborg Kungälv-Ale",
					row(sheet, "Trafiksäkerhet", "Hastighetskontroller").getCell(Column.RESPONSIBLE.ordinal()).getStringCellValue());
		}
	}

	@Test
	void goteborgsSheetHasAColumnPairForTheYearWithNumbersAsNumbers() throws Exception {
		Agreement centrum = agreement("goteborg-centrum/medborgarloften.samverkan", "Centrum2017");
		try (XSSFWorkbook workbook = workbook(ActionPlanFormat.XLSX.write(centrum))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> header = texts(sheet.getRow(0));
			assertEquals(List.of("Utfall 2017", "Status 2017"), header.subList(Column.STATUS.ordinal() + 1, header.size()));
			Cell drugs = row(sheet, "Narkotikainsatser2017", "#1").getCell(Column.STATUS.ordinal() + 1);
			assertEquals(CellType.NUMERIC, drugs.getCellType());
			assertEquals(6, drugs.getNumericCellValue());
			assertEquals("minst 700", row(sheet, "SynligNärvaro2017", "#1").getCell(Column.STATUS.ordinal() + 1).getStringCellValue());
			assertEquals("fredags- och lördagskvällar",
					row(sheet, "FörstärktNärvaro2017", "Helgkvällar2017").getCell(Column.WHEN.ordinal()).getStringCellValue());
			assertEquals("genomfört", row(sheet, "FörstärktNärvaro2017", "").getCell(Column.STATUS.ordinal() + 2).getStringCellValue());
		}
		String csv = new String(ActionPlanFormat.CSV.write(centrum), StandardCharsets.UTF_8);
		assertTrue(csv.lines().findFirst().orElseThrow().endsWith(";Uppföljning;Utfall 2017;Status 2017"), csv);
	}

	@Test
	void anUntouchedSheetChangesNothingForEitherExampleInEitherFormat() throws Exception {
		for (Agreement agreement : List.of(agreement("kungalv/medborgarlofte-2018-2019.samverkan", "Kungälv2018"),
				agreement("kungalv/medborgarlofte-2020-2021.samverkan", "Kungälv2020"),
				agreement("goteborg-centrum/medborgarloften.samverkan", "Centrum2018"))) {
			for (ActionPlanFormat format : ActionPlanFormat.values()) {
				assertEquals(List.of(), format.update(agreement, format.write(agreement), TODAY),
						agreement.getName() + " " + format);
			}
		}
	}

	@Test
	void kungalvsEditedValueAndStatusReachTheModelAndItsText() throws Exception {
		Agreement kungalv = agreement("kungalv/medborgarlofte-2018-2019.samverkan", "Kungälv2018");
		byte[] edited;
		try (XSSFWorkbook workbook = workbook(ActionPlanFormat.XLSX.write(kungalv))) {
			Sheet sheet = workbook.getSheetAt(0);
			row(sheet, "Fotpatrullering", "#1").getCell(Column.STATUS.ordinal() + 1).setCellValue(215);
			row(sheet, "Kameraövervakning", "").getCell(Column.STATUS.ordinal() + 2).setCellValue("delvis genomfört, gul");
			row(sheet, "Brottsaktiva", "").getCell(Column.STATUS.ordinal() + 2).setCellValue("ej påbörjat");
			edited = bytes(workbook);
		}
		List<String> changes = ActionPlanFormat.XLSX.update(kungalv, edited, TODAY);
		assertEquals(List.of("Kameraövervakning: status " + KUNGALV + " ändrad från 'pågår' till 'delvis genomfört, gul'",
				"Fotpatrullering: utfall " + KUNGALV + " ändrat från 'minst 200' till '215'",
				"Brottsaktiva: status " + KUNGALV + " ändrad från '' till 'ej påbörjat'"), changes);
		// the outcome that lost its qualifier is a new object in the model: ask the model again
		Outcome patrol = outcome(kungalv, promise(kungalv, "Fotpatrullering"));
		assertEquals(0, new BigDecimal(215).compareTo(patrol.getValue()));
		assertFalse(patrol.isSetQualifier(), "the qualifier 'minst' went with the old value");
		assertEquals(ProgressStatus.DONE, patrol.getProgress(), "the status cell was not touched");
		Outcome camera = outcome(kungalv, promise(kungalv, "Kameraövervakning"));
		assertEquals(ProgressStatus.PARTLY_DONE, camera.getProgress());
		assertEquals(FollowUpStatus.YELLOW, camera.getStatus());
		assertEquals(2, camera.getDone().size(), "what was done is kept");
		Outcome criminals = outcome(kungalv, promise(kungalv, "Brottsaktiva"));
		assertEquals(ProgressStatus.NOT_STARTED, criminals.getProgress());
		assertNull(criminals.getPeriod(), "the document's own period, as the published follow-up");
		assertNull(criminals.getDate());
		String text = saved(kungalv);
		assertTrue(text.contains("utfall Fotpatrullering 215 genomfört"), text);
		assertTrue(text.contains("utfall Kameraövervakning gul delvis-genomfört"), text);
		assertTrue(text.contains("utfall Brottsaktiva ej-påbörjat"), text);
		assertEquals(List.of(), ActionPlanFormat.XLSX.update(kungalv, edited, TODAY), "the same file again changes nothing");
	}

	@Test
	void goteborgsOutcomesForANewYearAreAddedInTheirOwnColumns() throws Exception {
		Agreement centrum = agreement("goteborg-centrum/medborgarloften.samverkan", "Centrum2018");
		byte[] edited;
		try (XSSFWorkbook workbook = workbook(ActionPlanFormat.XLSX.write(centrum))) {
			Sheet sheet = workbook.getSheetAt(0);
			int next = texts(sheet.getRow(0)).size();
			sheet.getRow(0).createCell(next).setCellValue("Utfall 2019");
			sheet.getRow(0).createCell(next + 1).setCellValue("Status 2019");
			Row traffic = row(sheet, "Trafikinsatser2018", "#1");
			traffic.getCell(Column.STATUS.ordinal() + 1).setCellValue(5);
			traffic.createCell(next).setCellValue("cirka 3");
			traffic.createCell(next + 1).setCellValue("pågår");
			edited = bytes(workbook);
		}
		List<String> changes = ActionPlanFormat.XLSX.update(centrum, edited, TODAY);
		assertEquals(List.of("Trafikinsatser2018: utfall 2018 ändrat från '4' till '5'",
				"Trafikinsatser2018: utfall 2019 ändrat från '' till 'cirka 3'",
				"Trafikinsatser2018: status 2019 ändrad från '' till 'pågår'"), changes);
		CitizenPromise traffic = promise(centrum, "Trafikinsatser2018");
		List<Outcome> outcomes = centrum.getFollowUpPlan().getOutcomes().stream().filter(o -> o.getSubject() == traffic).toList();
		assertEquals(List.of("2018", "2019"), outcomes.stream().map(o -> o.getPeriod().toString()).toList());
		assertEquals(0, new BigDecimal(5).compareTo(outcomes.get(0).getValue()));
		assertEquals(ValueQualifier.ABOUT, outcomes.get(1).getQualifier());
		assertEquals(ProgressStatus.ONGOING, outcomes.get(1).getProgress());
		String text = saved(centrum);
		assertTrue(text.contains("utfall Trafikinsatser2018 period \"2019\" cirka 3 pågår"), text);
		try (XSSFWorkbook workbook = workbook(ActionPlanFormat.XLSX.write(centrum))) {
			List<String> header = texts(workbook.getSheetAt(0).getRow(0));
			assertEquals(List.of("Utfall 2018", "Status 2018", "Utfall 2019", "Status 2019"),
					header.subList(Column.STATUS.ordinal() + 1, header.size()), "the next export has the new year");
		}
	}

	@Test
	void aBadValueStatusOrPeriodIsRefusedWithItsPlaceAndChangesNothing() throws Exception {
		Agreement kungalv = agreement("kungalv/medborgarlofte-2018-2019.samverkan", "Kungälv2018");
		String before = saved(kungalv);
		byte[] badStatus;
		byte[] badValue;
		byte[] badPeriod;
		try (XSSFWorkbook workbook = workbook(ActionPlanFormat.XLSX.write(kungalv))) {
			Sheet sheet = workbook.getSheetAt(0);
			row(sheet, "Fotpatrullering", "#1").getCell(Column.STATUS.ordinal() + 1).setCellValue(250);
			row(sheet, "Kameraövervakning", "").getCell(Column.STATUS.ordinal() + 2).setCellValue("klart");
			badStatus = bytes(workbook);
			row(sheet, "Kameraövervakning", "").getCell(Column.STATUS.ordinal() + 2).setCellValue("pågår");
			row(sheet, "Brottsaktiva", "").getCell(Column.STATUS.ordinal() + 1).setCellValue("många");
			badValue = bytes(workbook);
			row(sheet, "Brottsaktiva", "").getCell(Column.STATUS.ordinal() + 1).setCellValue("");
			sheet.getRow(0).getCell(Column.STATUS.ordinal() + 1).setCellValue("Utfall nästa år");
			badPeriod = bytes(workbook);
		}
		TableException status = assertThrows(TableException.class, () -> ActionPlanFormat.XLSX.update(kungalv, badStatus, TODAY));
		int cameraRow = row(workbook(badStatus).getSheetAt(0), "Kameraövervakning", "").getRowNum() + 1;
		assertEquals(cameraRow, status.row());
		assertEquals("Q", status.letter());
		assertTrue(status.getMessage().startsWith("rad " + cameraRow + ", kolumn Q (Status " + KUNGALV + "): 'klart' är ingen status"),
				status.getMessage());
		TableException value = assertThrows(TableException.class, () -> ActionPlanFormat.XLSX.update(kungalv, badValue, TODAY));
		assertEquals("P", value.letter());
		assertTrue(value.getMessage().endsWith("'många' är inget utfall; skriv ett tal, gärna med cirka, drygt eller minst framför"),
				value.getMessage());
		TableException period = assertThrows(TableException.class, () -> ActionPlanFormat.XLSX.update(kungalv, badPeriod, TODAY));
		assertEquals(1, period.row());
		assertTrue(period.getMessage().contains("'nästa år' är ingen period"), period.getMessage());
		assertEquals(before, saved(kungalv), "the valid edit of Fotpatrullering on an earlier row was not made either");
	}

	@Test
	void aFileIsAppliedToTheDocumentItNamesAmongSeveralInOneFile() throws Exception {
		Agreement centrum = agreement("goteborg-centrum/medborgarloften.samverkan", "Centrum2018");
		List<Agreement> all = ((Model) centrum.eContainer()).getAgreements();
		assertTrue(all.size() > 2 && all.get(0) != centrum);
		for (ActionPlanFormat format : ActionPlanFormat.values()) {
			assertEquals(centrum, ActionPlanFormat.chosen(all, format.read(format.write(centrum))), format.name());
		}
	}

	private static Agreement agreement(String example, String name) throws Exception {
		Path file = Path.of(System.getProperty("samverka.examples", "../../examples")).resolve(example);
		ModelFolder folder = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ModelFolder.class);
		folder.load(List.of(file));
		return ((Model) folder.requested().get(file).getContents().get(0)).getAgreements().stream()
				.filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
	}

	private static CitizenPromise promise(Agreement agreement, String name) {
		return agreement.getPromises().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Outcome outcome(Agreement agreement, Trackable subject) {
		return agreement.getFollowUpPlan().getOutcomes().stream().filter(o -> o.getSubject() == subject).findFirst()
				.orElseThrow(() -> new AssertionError("no outcome"));
	}

	/** The model file's text as saving it writes it. */
	private static String saved(Agreement agreement) throws Exception {
		Resource resource = agreement.eResource();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static XSSFWorkbook workbook(byte[] bytes) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private static Row row(Sheet sheet, String id, String goalOrActivity) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(Column.MEASURE_ID.ordinal()).getStringCellValue().equals(id)
					&& row.getCell(Column.GOAL_ID.ordinal()).getStringCellValue().equals(goalOrActivity)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + id + " " + goalOrActivity);
	}

	private static List<String> texts(Row row) {
		List<String> cells = new ArrayList<>();
		row.forEach(cell -> cells.add(cell.getStringCellValue()));
		return cells;
	}
}
