/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.formats.ExportRequest;

/**
 * Every example's Word document and action plan spreadsheet printed to PDF by LibreOffice, as a
 * reader's office program prints them, and the pages checked with PDFBox: every page A4, the
 * spreadsheet on landscape pages no more than its rows need, a table of contents in a document of
 * more than four pages, and no word of the action plan broken across lines. Skipped, saying so,
 * where LibreOffice is not installed (releng/scripts/install-packages.sh test installs it).
 */
class OfficePrintTest {
	private static final float A4_SHORT = 595.3f;
	private static final float A4_LONG = 841.9f;
	private static final List<String> EXAMPLES = List.of(Examples.BOTKYRKA, Examples.JARVA, Examples.SPANGA_TENSTA);
	/** The spreadsheets printed: the agreements' action plans and the citizen promises with their outcome columns. */
	private static final List<String> SPREADSHEETS = List.of(Examples.BOTKYRKA, Examples.JARVA, Examples.SPANGA_TENSTA,
			Examples.KUNGALV_2018, Examples.GOTEBORG_CENTRUM);

	@TempDir
	static Path folder;

	@BeforeAll
	static void needsLibreOffice() {
		assumeTrue(LibreOffice.soffice() != null, "LibreOffice (soffice) is not installed: the Word and spreadsheet files are not printed to PDF");
	}

	@Test
	void theWordDocumentsPrintOnA4WithWholeWords() throws Exception {
		for (String example : EXAMPLES) {
			byte[] docx = Exports.file("docx").bytes(ExportRequest.of(Examples.resource(example)));
			try (PDDocument pdf = print(docx, name(example) + ".docx");
					XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
				everyPageIsA4(example, pdf);
				if (pdf.getNumberOfPages() > 4) {
					assertTrue(document.getParagraphs().stream().anyMatch(p -> "Innehåll".equals(p.getText())),
							example + ": " + pdf.getNumberOfPages() + " pages need a table of contents");
				}
				String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
				for (XWPFTable table : document.getTables()) {
					for (String word : words(table)) {
						assertTrue(text.contains(word), example + ": the word '" + word + "' is broken across lines");
					}
				}
			}
		}
	}

	@Test
	void theSpreadsheetsPrintOnLandscapeA4PagesAsFewAsTheRowsNeed() throws Exception {
		for (String example : SPREADSHEETS) {
			if (Examples.agreement(example).getActionPlans().isEmpty() && Examples.agreement(example).getPromises().isEmpty()) {
				continue;
			}
			// a file with a series of promise documents: its first
			byte[] xlsx = Exports.file("xlsx").bytes(
					ExportRequest.of(Examples.resource(example)).withAgreement(Examples.agreement(example).getName()));
			try (PDDocument pdf = print(xlsx, name(example) + ".xlsx");
					org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
							new ByteArrayInputStream(xlsx))) {
				everyPageIsA4(example, pdf);
				for (PDPage page : pdf.getPages()) {
					assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), example + ": landscape");
				}
				var sheet = workbook.getSheetAt(0);
				double rowsHeight = 0;
				for (var row : sheet) {
					rowsHeight += row.getHeightInPoints();
				}
				double columnsWidth = 0;
				for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
					// a hidden column is not printed
					columnsWidth += sheet.isColumnHidden(c) ? 0 : sheet.getColumnWidth(c) / 256.0 * 5.25;
				}
				double printableWidth = A4_LONG - 2 * 0.6 * 72;
				double printableHeight = A4_SHORT - 2 * 0.75 * 72;
				double scale = Math.min(1, printableWidth / columnsWidth);
				// the header row again on each page, and a row never split, so allow one page more
				int needed = (int) Math.ceil(rowsHeight * scale / printableHeight) + 1;
				assertTrue(pdf.getNumberOfPages() <= needed, example + ": " + pdf.getNumberOfPages()
						+ " pages for rows that need " + needed);
			}
		}
	}

	private static void everyPageIsA4(String example, PDDocument pdf) {
		int number = 0;
		for (PDPage page : pdf.getPages()) {
			number++;
			float width = page.getMediaBox().getWidth();
			float height = page.getMediaBox().getHeight();
			assertEquals(A4_SHORT, Math.min(width, height), 2, example + ": page " + number);
			assertEquals(A4_LONG, Math.max(width, height), 2, example + ": page " + number);
		}
	}

	/** The words of ten letters or more in a table: the ones a narrow column would break. */
	private static List<String> words(XWPFTable table) {
		List<String> words = new ArrayList<>();
		for (XWPFTableRow row : table.getRows()) {
			for (XWPFTableCell cell : row.getTableCells()) {
				for (String word : cell.getText().split("[\\s\u00a0]+")) {
					if (word.length() >= 10 && word.chars().allMatch(Character::isLetter)) {
						words.add(word);
					}
				}
			}
		}
		return words;
	}

	private static String name(String example) {
		return example.replaceAll("[/.]", "-");
	}

	private static PDDocument print(byte[] file, String name) throws Exception {
		return LibreOffice.print(folder, file, name);
	}
}
