/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import se.samverka.formats.Document;
import se.samverka.formats.ExportRequest;

/**
 * Every Word document of every example read back with POI as a registrar would check it before
 * filing: A4 pages with 25 mm margins in every section, Swedish as the document's language, the
 * title and "page (pages)" in the footer, sections numbered as in seed 004, a table of contents in
 * the long agreement, and the action plan on landscape pages with a header row that repeats and
 * columns as wide as their longest words.
 */
class WordLayoutTest {
	private static final int A4_SHORT = 11906;
	private static final int A4_LONG = 16838;
	/** 25 mm in twips, give or take a twip of rounding. */
	private static final int MARGIN = 1417;
	private static final Map<String, XWPFDocument> DOCUMENTS = new LinkedHashMap<>();

	@BeforeAll
	static void writeEveryExample() throws Exception {
		for (String example : List.of(Examples.BOTKYRKA, Examples.JARVA, Examples.SPANGA_TENSTA)) {
			var resource = Examples.resource(example);
			DOCUMENTS.put(example + " (avtal)", read(Exports.file("docx").bytes(ExportRequest.of(resource))));
			if (Examples.agreement(example).getCommunicationPlan() != null) {
				DOCUMENTS.put(example + " (kommunikationsplan)", read(Exports.file("docx")
						.bytes(ExportRequest.of(resource).withDocument(Document.COMMUNICATION_PLAN))));
			}
		}
	}

	private static XWPFDocument read(byte[] docx) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	@Test
	void everySectionIsA4WithSwedishMargins() {
		DOCUMENTS.forEach((name, document) -> {
			List<CTSectPr> sections = sections(document);
			assertFalse(sections.isEmpty(), name);
			for (CTSectPr section : sections) {
				int width = twips(section.getPgSz().getW());
				int height = twips(section.getPgSz().getH());
				assertEquals(List.of(A4_SHORT, A4_LONG), List.of(Math.min(width, height), Math.max(width, height)), name);
				for (Object margin : List.of(section.getPgMar().getTop(), section.getPgMar().getBottom(),
						section.getPgMar().getLeft(), section.getPgMar().getRight())) {
					assertTrue(Math.abs(twips(margin) - MARGIN) <= 1, name + ": margin " + margin);
				}
			}
		});
	}

	@Test
	void theDocumentAndItsStylesAreInSwedishWithTheTitleInTheProperties() throws Exception {
		for (Map.Entry<String, XWPFDocument> each : DOCUMENTS.entrySet()) {
			String name = each.getKey();
			XWPFDocument document = each.getValue();
			assertEquals("sv-SE", document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
					.getLangArray(0).getVal(), name);
			assertEquals("sv-SE", document.getPackage().getPackageProperties().getLanguageProperty().orElse(null), name);
			String title = document.getProperties().getCoreProperties().getTitle();
			assertNotNull(title, name);
			assertTrue(title.startsWith(document.getParagraphs().get(0).getText()), name + ": the title page's title, " + title);
		}
	}

	@Test
	void theFooterHasTheTitleAndPageOfPages() {
		DOCUMENTS.forEach((name, document) -> {
			XWPFFooter footer = document.getFooterList().get(0);
			String xml = footer._getHdrFtr().xmlText();
			assertTrue(xml.matches("(?s).*\\bPAGE\\b.*\\bNUMPAGES\\b.*"), name + ": " + xml);
			assertTrue(footer.getText().contains(document.getProperties().getCoreProperties().getTitle()), name);
			assertTrue(footer.getText().contains("Sida "), name + ": the page as 'Sida 3 (12)', as in the PDF: " + footer.getText());
			for (CTSectPr section : sections(document)) {
				assertEquals(1, section.sizeOfFooterReferenceArray(), name + ": every section shows the footer");
				// the page number at the right margin, on upright and landscape pages alike
				XWPFFooter shown = (XWPFFooter) document.getRelationById(section.getFooterReferenceArray(0).getId());
				int textWidth = twips(section.getPgSz().getW()) - twips(section.getPgMar().getLeft())
						- twips(section.getPgMar().getRight());
				assertEquals(textWidth, twips(shown.getParagraphs().get(0).getCTP().getPPr().getTabs().getTabArray(0).getPos()),
						name + ": the footer's right tab on a page " + textWidth + " twips wide");
			}
		});
	}

	@Test
	void theSectionsAreNumberedOneAfterAnotherAsInSeed004() {
		DOCUMENTS.forEach((name, document) -> {
			List<String> numbered = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
					.map(XWPFParagraph::getText).filter(text -> text.matches("\\d+\\. .+")).toList();
			assertFalse(numbered.isEmpty(), name);
			for (int i = 0; i < numbered.size(); i++) {
				assertTrue(numbered.get(i).startsWith((i + 1) + ". "), name + ": " + numbered);
				String heading = numbered.get(i).substring(numbered.get(i).indexOf(' ') + 1);
				assertEquals(heading.toUpperCase(java.util.Locale.ROOT), heading, "in capitals as the seed: " + heading);
			}
		});
	}

	@Test
	void theLongAgreementHasATableOfContents() {
		XWPFDocument agreement = DOCUMENTS.get(Examples.BOTKYRKA + " (avtal)");
		assertTrue(agreement.getParagraphs().stream().anyMatch(p -> "Innehåll".equals(p.getText())));
		assertTrue(agreement.getParagraphs().stream()
				.anyMatch(p -> p.getCTP().xmlText().matches("(?s).*<w:instrText[^>]*> ?TOC .*")), "a TOC field");
	}

	@Test
	void theActionPlanIsOnLandscapePagesWithRepeatedHeadersAndColumnsForItsWords() {
		DOCUMENTS.forEach((name, document) -> {
			for (XWPFTable table : document.getTables()) {
				int columns = table.getRow(0).getTableCells().size();
				CTSectPr section = sectionOf(document, table);
				assertTrue(table.getRow(0).isRepeatHeader(), name + ": the header row repeats");
				List<Integer> widths = table.getCTTbl().getTblGrid().getGridColList().stream().map(c -> twips(c.getW())).toList();
				assertEquals(columns, widths.size(), name);
				for (int c = 0; c < columns; c++) {
					int least = longestWord(table, c) * 90 + 200;
					assertTrue(widths.get(c) >= least, name + ": column " + (c + 1) + " is " + widths.get(c)
							+ " twips, its longest word needs " + least);
				}
				int textWidth = twips(section.getPgSz().getW()) - 2 * MARGIN;
				assertTrue(widths.stream().mapToInt(Integer::intValue).sum() <= textWidth + columns, name + ": within the margins, " + widths + " in " + textWidth + ": " + table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
				if (columns > 5) {
					assertTrue(twips(section.getPgSz().getW()) > twips(section.getPgSz().getH()), name + ": a wide table is on a landscape page");
					assertTrue(widths.stream().distinct().count() > 1, name + ": widths from the content, not equal");
				}
			}
		});
		XWPFDocument botkyrka = DOCUMENTS.get(Examples.BOTKYRKA + " (avtal)");
		assertTrue(botkyrka.getTables().stream().anyMatch(t -> t.getRow(0).getTableCells().size() == 7), "the action plan");
	}

	/** The characters of the longest word in a column: it must fit on one line. */
	private static int longestWord(XWPFTable table, int column) {
		int longest = 0;
		for (XWPFTableRow row : table.getRows()) {
			if (column < row.getTableCells().size()) {
				for (String word : row.getCell(column).getText().split("[\\s\u00a0]+")) {
					longest = Math.max(longest, word.length());
				}
			}
		}
		return longest;
	}

	/** The page set-up of every section: those that end at a paragraph, then the last one. */
	private static List<CTSectPr> sections(XWPFDocument document) {
		List<CTSectPr> sections = new ArrayList<>();
		for (XWPFParagraph paragraph : document.getParagraphs()) {
			if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getSectPr() != null) {
				sections.add(paragraph.getCTP().getPPr().getSectPr());
			}
		}
		sections.add(document.getDocument().getBody().getSectPr());
		return sections;
	}

	/** The section a table is in: the first section that ends after it. */
	private static CTSectPr sectionOf(XWPFDocument document, XWPFTable table) {
		boolean after = false;
		for (IBodyElement element : document.getBodyElements()) {
			if (element == table) {
				after = true;
			} else if (after && element instanceof XWPFParagraph paragraph && paragraph.getCTP().getPPr() != null
					&& paragraph.getCTP().getPPr().getSectPr() != null) {
				return paragraph.getCTP().getPPr().getSectPr();
			}
		}
		return document.getDocument().getBody().getSectPr();
	}

	private static int twips(Object measure) {
		return ((BigInteger) measure).intValue();
	}
}
