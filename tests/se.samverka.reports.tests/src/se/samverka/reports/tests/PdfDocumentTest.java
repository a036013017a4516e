/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.formats.ExportRequest;

/**
 * Botkyrka's sub-agreement as a PDF, read back with PDFBox's text extraction as a reader would see
 * it: the title, the numbered sections in the order of seed 004, Swedish letters intact, the
 * appendices' tables and the two diagrams as pictures.
 */
class PdfDocumentTest {
	private static PDDocument pdf;
	private static String text;

	@BeforeAll
	static void writeBotkyrka() throws Exception {
		byte[] bytes = Exports.file("pdf").bytes(ExportRequest.of(Examples.resource(Examples.BOTKYRKA)));
		pdf = Loader.loadPDF(bytes);
		text = new PDFTextStripper().getText(pdf);
	}

	@AfterAll
	static void close() throws IOException {
		pdf.close();
	}

	/** As in the Word document: the title at the foot of every page, and the page as "Sida 3 (20)". */
	@Test
	void everyPageHasTheTitleAndSidaXOfYInItsFooter() throws IOException {
		int pages = pdf.getNumberOfPages();
		for (int page = 1; page <= pages; page++) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			String text = stripper.getText(pdf).replace('\u00a0', ' ');
			assertTrue(text.contains("Samverkansavtal – Underavtal"), "page " + page + ": " + text);
			assertTrue(text.contains("Sida " + page + " (" + pages + ")"), "page " + page + ": " + text);
		}
	}

	@Test
	void theDocumentIsTitledAndStartsWithItsTitlePage() throws IOException {
		assertEquals("Samverkansavtal – Underavtal", pdf.getDocumentInformation().getTitle());
		PDFTextStripper firstPage = new PDFTextStripper();
		firstPage.setEndPage(1);
		String first = firstPage.getText(pdf);
		assertTrue(first.contains("Samverkansavtal – Underavtal"), first);
		assertTrue(first.contains("Närpolisområde Botkyrka") && first.contains("Org.nr 202100-0076"), first);
		assertTrue(!first.contains("1. BAKGRUND"), "the sections start on the next page: " + first);
	}

	@Test
	void theSectionsComeInTheOrderOfSeed004WithSwedishLettersIntact() {
		List<String> seedOrder = List.of("1. BAKGRUND", "2. PARTER", "3. AVTALSBILAGOR", "4. AVTALSTID", "5. STYRGRUPP",
				"6. ARBETSGRUPP", "7. SAMVERKANSFORA", "8. SAMORDNARE", "9. LOKAL LÄGESBILD OCH PRIORITERADE SAMVERKANSOMRÅDEN");
		int last = -1;
		for (String heading : seedOrder) {
			int at = text.indexOf(heading);
			assertTrue(at > last, heading + " after the one before it");
			last = at;
		}
		assertTrue(text.contains("Styrgrupp består av:"), "å, ä and ö come out as letters");
	}

	@Test
	void theAppendicesHoldTheTablesAndTheDiagrams() throws IOException {
		for (String header : List.of("Bilaga: Statistik", "Bilaga: Handlingsplan", "Prioriterat samverkansområde",
				"Bilaga: Uppföljningsplan", "Bilaga: Diagram", "Styrning", "Från lägesbild till uppföljning")) {
			// a table cell's text wraps within its column
			assertTrue(text.replaceAll("\\s+", " ").contains(header), header);
		}
		int pictures = 0;
		for (PDPage page : pdf.getPages()) {
			for (COSName name : page.getResources().getXObjectNames()) {
				if (page.getResources().getXObject(name) instanceof PDImageXObject) {
					pictures++;
				}
			}
		}
		// Botkyrka's governance chart is too large for 7 pt on A4: an overview and one page per area group (5)
		assertEquals(1 + 5 + 1, pictures, "the governance chart, split, and the traceability diagram");
		assertTrue(pdf.getNumberOfPages() >= 8, "A4 pages: " + pdf.getNumberOfPages());
	}
}
