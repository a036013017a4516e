/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.formats.ExportRequest;
import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Model;
import se.samverka.model.nls.Language;

/**
 * The citizen promise documents of Kungälv and Göteborg Centrum as Word and PDF, read back with
 * POI and PDFBox as a reader checks them: title, period and dates as the source writes them, the
 * parties and police area, the problems, every promise with who promises, where, with whom and
 * its goal in words, the activities, the signatories, the headings in order, and one to four
 * pages. `samverka export --format docx` on a promise document writes this, not an agreement.
 */
class PromiseDocumentTest {
	private static final List<String> FORMATS = List.of("docx", "pdf");
	private static final List<String> KUNGALV = List.of(Examples.KUNGALV_2017, Examples.KUNGALV_2018, Examples.KUNGALV_2020);

	@TempDir
	static Path folder;

	@Test
	void kungalvsPromiseOf2020ReadsAsPublished() throws Exception {
		Agreement document = Examples.agreement(Examples.KUNGALV_2020);
		for (String format : FORMATS) {
			String text = text(format, Examples.KUNGALV_2020, null);
			for (String expected : List.of("Medborgarlöfte Kungälv 2020–2021", "Period: 2020–2021", "Del av: Trygg i Kungälv",
					"Parter: Lokalpolisområde Storgöteborg Kungälv-Ale, Kungälvs kommun",
					"Lokalpolisområde: Lokalpolisområde Storgöteborg Kungälv-Ale", "Status: avslutad",
					// the source gives no year, and none is made up
					"Undertecknat: 31 mars",
					"589 svarande", "Återkommande platser som upplevs som otrygga är Kungälvs resecentrum och Komarken",
					"Narkotikamissbruk", "Vem lovar: Västtrafik",
					"Tillsammans med: Trafikkontoret, Kungälvs kommun, Lokalpolisområde Storgöteborg Kungälv-Ale",
					"Var: Kungälvs resecentrum", "Mål: 200 tillfällen", "Mål: minst 10 aktiviteter",
					"Mål: minst 2 insatser", "Mål: minst 20 trafikkontroller", "Nytt löfte för perioden",
					"Christian Nylén, Lokalpolischef", "Miguel Odhner, Kommunstyrelsens ordförande", "Ort och datum:")) {
				assertTrue(text.contains(expected), format + ": '" + expected + "' in " + text);
			}
			for (CitizenPromise promise : document.getPromises()) {
				assertTrue(text.contains(promise.getText()), format + ": the promise '" + promise.getText() + "'");
			}
			inOrder(format, text, "1. BAKGRUND", "2. LÄGESBILD", "3. VÅRA LÖFTEN", "4. UNDERSKRIFTER");
			for (String modelName : List.of("LPOKungälvAle", "KungälvsKommun", "TryggaUngdomsmiljöer", "VuxenPåStan",
					"CITIZEN_PROMISE", "ENDED", "OUTPUT", "Lägesbild2020")) {
				assertFalse(text.contains(modelName), format + ": the model name " + modelName + " in " + text);
			}
		}
		// the activities' table: text, owner and place of each, in the Word document's cells
		String docx = text("docx", Examples.KUNGALV_2020, null);
		assertTrue(docx.contains("Ökad närvaro av ordningsvakter i kollektivtrafiken på utvalda hållplatser och/eller "
				+ "resecentrum beroende på LOV 3-områden. Västtrafik Kungälvs resecentrum"), docx);
	}

	@Test
	void kungalvsPromiseOf2018PrintsItsPartialDatesAndLeavesPlacesToSign() throws Exception {
		for (String format : FORMATS) {
			String text = text(format, Examples.KUNGALV_2018, null);
			for (String expected : List.of("Medborgarlöfte Kungälv oktober 2018 – oktober 2019",
					"Period: oktober 2018 – oktober 2019", "Beslutat: i oktober 2018", "Övergripande mål:",
					"Stärka förtroendet för polisen", "Mål: minst 200 tillfällen (produktionsmål; indikator: Tillfällen med fotpatrullering)",
					"Var: Nordmannatorget, Komarken", "Åtgärda belysning",
					"För Lokalpolisområde Storgöteborg Kungälv-Ale", "För Kungälvs kommun", "Namnförtydligande och funktion")) {
				assertTrue(text.contains(expected), format + ": '" + expected + "' in " + text);
			}
		}
	}

	@Test
	void goteborgCentrumsPromiseOf2018NamesItsGoalsPeriodAndTimes() throws Exception {
		for (String format : FORMATS) {
			String text = text(format, Examples.GOTEBORG, "Centrum2018");
			for (String expected : List.of("Medborgarlöfte Göteborg Centrum 2018", "Period: 2018",
					"Lokalpolisområde: Lokalpolisområde Storgöteborg City", "Mål: minst 6 insatser under 2018",
					"Mål: minst 4 insatser", "Vem lovar: Lokalpolisområde Storgöteborg City",
					"Öppen narkotikahandel på offentliga platser och i krogmiljö")) {
				assertTrue(text.contains(expected), format + ": '" + expected + "' in " + text);
			}
		}
		assertTrue(text("docx", Examples.GOTEBORG, "Centrum2018").contains("alla fredags- och lördagskvällar"));
	}

	@Test
	void everyPromiseOfKungalvAndGoteborgFitsOnOneToFourPdfPages() throws Exception {
		for (String example : KUNGALV) {
			int pages = ReadBack.pdfPages(bytes("pdf", example, null));
			assertTrue(pages >= 1 && pages <= 4, example + ": " + pages + " pages");
		}
		for (Agreement document : ((Model) Examples.resource(Examples.GOTEBORG).getContents().get(0)).getAgreements()) {
			int pages = ReadBack.pdfPages(bytes("pdf", Examples.GOTEBORG, document.getName()));
			assertTrue(pages >= 1 && pages <= 4, document.getName() + ": " + pages + " pages");
		}
	}

	@Test
	void everyPromiseOfKungalvPrintsOnOneToFourA4PagesFromWord() throws Exception {
		assumeTrue(LibreOffice.soffice() != null, "LibreOffice (soffice) is not installed: the Word files are not printed");
		for (String example : KUNGALV) {
			try (PDDocument pdf = LibreOffice.print(folder, bytes("docx", example, null),
					example.replaceAll("[/.]", "-") + ".docx")) {
				assertTrue(pdf.getNumberOfPages() >= 1 && pdf.getNumberOfPages() <= 4,
						example + ": " + pdf.getNumberOfPages() + " pages");
				assertEquals(595.3f, pdf.getPage(0).getMediaBox().getWidth(), 2, example + ": A4");
			}
		}
	}

	@Test
	void aPromiseRevisedEveryYearSaysSoBesideItsPeriod() throws Exception {
		org.eclipse.emf.ecore.resource.Resource resource = Examples.resource(Examples.KUNGALV_2020);
		((Model) resource.getContents().get(0)).getAgreements().get(0).setYearlyRevision(true);
		String text = ReadBack.docx(Exports.file("docx").bytes(ExportRequest.of(resource)));
		assertTrue(text.contains("Period: 2020–2021, med årlig revidering"), text);
	}

	@Test
	void thePdfIsTitledByThePromise() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(bytes("pdf", Examples.KUNGALV_2020, null))) {
			assertEquals("Medborgarlöfte Kungälv 2020–2021", pdf.getDocumentInformation().getTitle());
		}
	}

	@Test
	void inEnglishThePromiseSpeaksEnglish() throws Exception {
		java.util.Locale before = Language.current();
		try {
			Language.use(Language.ENGLISH);
			for (String format : FORMATS) {
				String text = text(format, Examples.KUNGALV_2020, null);
				for (String expected : List.of("Period: 2020–2021", "Signed: 31 mars", "1. BACKGROUND", "3. OUR PROMISES",
						"Who promises: Västtrafik", "Goal: at least 10 aktiviteter (output goal", "4. SIGNATURES",
						"A new promise for the period")) {
					assertTrue(text.contains(expected), format + ": '" + expected + "' in " + text);
				}
				for (String swedish : List.of("Vem lovar", "Våra löften", "Underskrifter", "produktionsmål", "Ort och datum")) {
					assertFalse(text.contains(swedish), format + ": '" + swedish + "' in English");
				}
			}
		} finally {
			Language.use(before);
		}
	}

	private static void inOrder(String format, String text, String... headings) {
		int from = 0;
		for (String heading : headings) {
			int at = text.indexOf(heading, from);
			assertTrue(at >= 0, format + ": '" + heading + "' after the one before in " + text);
			from = at + heading.length();
		}
	}

	static byte[] bytes(String format, String example, String agreement) throws Exception {
		return Exports.file(format).bytes(ExportRequest.of(Examples.resource(example)).withAgreement(agreement));
	}

	static String text(String format, String example, String agreement) throws Exception {
		return ReadBack.text(format, bytes(format, example, agreement));
	}
}
