/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

import se.samverka.formats.Document;
import se.samverka.formats.ExportRequest;
import se.samverka.formats.NotExported;
import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.model.Outcome;
import se.samverka.model.ProgressStatus;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.nls.Language;
import se.samverka.model.time.PartialDate;

/**
 * The yearly follow-up, "Uppföljning av medborgarlöftet ÅR", of Kungälv's and Göteborg Centrum's
 * promises as Word and PDF, read back with POI and PDFBox: for each promise and goal the target,
 * the outcome and its status in words with the traffic light's colour beside them (never the
 * colour alone), what was done and the source, the change against the year before through the
 * promises carried on, and the period chosen or, by default, the latest.
 */
class FollowUpReportTest {
	private static final List<String> FORMATS = List.of("docx", "pdf");
	private static final String GREEN = "C6EFCE";
	private static final String YELLOW = "FFEB9C";
	private static final String HEADER = "E8EEF5";

	@Test
	void kungalvsFollowUpOf2020GivesTargetOutcomeStatusWhatWasDoneAndSource() throws Exception {
		for (String format : FORMATS) {
			String text = text(format, ExportRequest.of(Examples.resource(Examples.KUNGALV_2020)));
			for (String expected : List.of("Uppföljning av medborgarlöftet 2020–2021",
					"Medborgarlöfte: Medborgarlöfte Kungälv 2020–2021", "1. SAMMANFATTNING",
					"2. LÖFTENA OCH VAD DE HAR GETT", "minst 200 tillfällen", "Grön – genomfört", "40 trafikkontroller",
					"2 insatser", "3 insatser", "Ingen status angiven",
					"Polis har uppfyllt sitt löfte genom ökad närvaro vid minst 200 tillfällen",
					"Två riktade narkotikainsatser har genomförts under året", "Ett tiotal platssök med narkotikahund",
					"Källa: Uppföljning medborgarlöftet Kungälv 2020-2021", "Ingen uppföljning redovisad för 2020–2021.",
					// Närvaro changes Fotpatrullering of 2018–2019: both reached at least 200
					"Jämfört med tidigare år:", "2018–2019", "oförändrat")) {
				assertTrue(text.contains(expected), format + ": '" + expected + "' in " + text);
			}
			assertFalse(text.contains("Trafikkontroller2020") || text.contains("GREEN") || text.contains("DONE"), text);
		}
		String docx = text("docx", ExportRequest.of(Examples.resource(Examples.KUNGALV_2020)));
		assertTrue(docx.contains("Genomförda trafikkontroller med fokus på hastighet: minst 20 trafikkontroller "
				+ "40 trafikkontroller Grön – genomfört"), docx);
		assertTrue(docx.contains("Insatser mot trimmade mopeder och A-traktorer: 2 insatser 3 insatser Ingen status angiven"), docx);
		assertTrue(docx.contains("Genomförda relationsbyggande aktiviteter: minst 10 aktiviteter Ingen uppföljning redovisad"), docx);
	}

	@Test
	void theSummaryCountsThePromisesByStatus() throws Exception {
		try (XWPFDocument document = docx(ExportRequest.of(Examples.resource(Examples.KUNGALV_2020)))) {
			List<List<String>> summary = rows(document.getTables().get(0));
			assertEquals(List.of(List.of("Status", "Antal löften"), List.of("Grön – genomfört", "3"),
					List.of("Ingen uppföljning redovisad", "5"), List.of("Ingen status angiven", "1")), summary);
		}
	}

	@Test
	void aStatusCellHasItsTrafficLightsColourAndNeverTheColourAlone() throws Exception {
		for (String example : List.of(Examples.KUNGALV_2018, Examples.KUNGALV_2020)) {
			List<String> coloured = new ArrayList<>();
			try (XWPFDocument document = docx(ExportRequest.of(Examples.resource(example)))) {
				for (XWPFTable table : document.getTables()) {
					for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
						for (XWPFTableCell cell : row.getTableCells()) {
							if (cell.getColor() != null && !HEADER.equals(cell.getColor())) {
								coloured.add(cell.getColor() + " " + cell.getText());
							}
						}
					}
				}
			}
			for (String cell : coloured) {
				assertTrue(cell.matches("(" + GREEN + " Grön|" + YELLOW + " Gul|FFC7CE Röd) – .+"), example + ": " + cell);
			}
			assertTrue(coloured.contains(GREEN + " Grön – genomfört"), example + ": " + coloured);
			if (example.equals(Examples.KUNGALV_2018)) {
				// the camera surveillance is still going on
				assertTrue(coloured.contains(YELLOW + " Gul – pågår"), coloured.toString());
			}
		}
	}

	@Test
	void goteborgCentrumsFollowUpOf2018ComparesWithTheYearBefore() throws Exception {
		ExportRequest request = ExportRequest.of(Examples.resource(Examples.GOTEBORG)).withAgreement("Centrum2018");
		for (String format : FORMATS) {
			String text = text(format, request);
			for (String expected : List.of("Uppföljning av medborgarlöftet 2018", "11 insatser", "Elva riktade narkotikainsatser",
					"4 insatser", "Källa: Uppföljning medborgarlöfte 2018", "Jämfört med tidigare år:", "6 insatser", "+5")) {
				assertTrue(text.contains(expected), format + ": '" + expected + "' in " + text);
			}
		}
		String docx = text("docx", request);
		assertTrue(docx.contains("Riktade insatser mot narkotika: minst 6 insatser under 2018 11 insatser Grön – genomfört"), docx);
		// 2017's promise aimed at four, reached six; 2018's at six, reached eleven
		assertTrue(docx.contains("2017 Större riktade insatser mot narkotikabrott: minst 4 insatser 6 insatser Grön – genomfört "
				+ "2018 Riktade insatser mot narkotika: minst 6 insatser under 2018 11 insatser Grön – genomfört +5"), docx);
	}

	@Test
	void thePeriodIsTheLatestUnlessOneIsChosen() throws Exception {
		Resource resource = Examples.resource(Examples.KUNGALV_2020);
		Agreement document = ((Model) resource.getContents().get(0)).getAgreements().get(0);
		// a half-year's follow-up of the presence promise besides the one for the whole period
		Outcome halfYear = SamverkaFactory.eINSTANCE.createOutcome();
		halfYear.setSubject(document.getPromises().get(0));
		halfYear.setPeriod(PartialDate.parse("första halvåret 2021"));
		halfYear.setValue(new BigDecimal("120"));
		halfYear.setProgress(ProgressStatus.ONGOING);
		document.getFollowUpPlan().getOutcomes().add(halfYear);
		ExportRequest request = ExportRequest.of(resource).withDocument(Document.FOLLOW_UP);

		String latest = text("docx", request);
		assertTrue(latest.startsWith("Uppföljning av medborgarlöftet första halvåret 2021"), latest);
		assertTrue(latest.contains("120 tillfällen Gul – pågår"), latest);
		assertTrue(latest.contains("Ingen uppföljning redovisad för första halvåret 2021."), latest);

		String whole = text("pdf", request.withPeriod("2020-2021"));
		assertTrue(whole.contains("Uppföljning av medborgarlöftet 2020–2021"), whole);
		assertFalse(whole.contains("120 tillfällen"), whole);
	}

	@Test
	void aPeriodWithoutOutcomesOrADocumentWithoutAnyIsRefusedSayingWhatThereIs() throws Exception {
		ExportRequest centrum2018 = ExportRequest.of(Examples.resource(Examples.GOTEBORG)).withAgreement("Centrum2018")
				.withDocument(Document.FOLLOW_UP).withPeriod("2017");
		NotExported noSuchPeriod = assertThrows(NotExported.class, () -> Exports.file("pdf").bytes(centrum2018));
		assertEquals(NotExported.Reason.NO_SUCH_PERIOD, noSuchPeriod.reason());
		assertTrue(noSuchPeriod.getMessage().contains("'2017'") && noSuchPeriod.getMessage().endsWith("perioder med utfall: 2018."),
				noSuchPeriod.getMessage());

		ExportRequest centrum2019 = ExportRequest.of(Examples.resource(Examples.GOTEBORG)).withAgreement("Centrum2019")
				.withDocument(Document.FOLLOW_UP);
		NotExported none = assertThrows(NotExported.class, () -> Exports.file("docx").bytes(centrum2019));
		assertEquals(NotExported.Reason.NO_OUTCOMES, none.reason());
		assertTrue(none.getMessage().contains("Centrum2019 har inga utfall"), none.getMessage());
	}

	@Test
	void thePdfIsTitledByTheFollowUp() throws Exception {
		byte[] bytes = Exports.file("pdf").bytes(ExportRequest.of(Examples.resource(Examples.KUNGALV_2018))
				.withDocument(Document.FOLLOW_UP));
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertEquals("Uppföljning av medborgarlöftet 2018–2019", pdf.getDocumentInformation().getTitle());
			assertTrue(pdf.getNumberOfPages() <= 4, pdf.getNumberOfPages() + " pages");
		}
	}

	@Test
	void inEnglishTheFollowUpSpeaksEnglish() throws Exception {
		java.util.Locale before = Language.current();
		try {
			Language.use(Language.ENGLISH);
			for (String format : FORMATS) {
				String text = text(format, ExportRequest.of(Examples.resource(Examples.KUNGALV_2020)));
				for (String expected : List.of("Follow-up of the citizen promise 2020–2021", "1. SUMMARY",
						"Green – done", "What was done:", "Compared with earlier years:", "unchanged", "No status given")) {
					assertTrue(text.contains(expected), format + ": '" + expected + "' in " + text);
				}
				for (String swedish : List.of("Uppföljning av", "Grön", "Det här har gjorts", "Källa:", "Ingen uppföljning")) {
					assertFalse(text.contains(swedish), format + ": '" + swedish + "' in English: " + text);
				}
			}
		} finally {
			Language.use(before);
		}
	}

	private static XWPFDocument docx(ExportRequest request) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(Exports.file("docx").bytes(request.withDocument(Document.FOLLOW_UP))));
	}

	private static String text(String format, ExportRequest request) throws Exception {
		return ReadBack.text(format, Exports.file(format).bytes(request.withDocument(Document.FOLLOW_UP)));
	}

	private static List<List<String>> rows(XWPFTable table) {
		return table.getRows().stream().map(row -> row.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
	}
}
