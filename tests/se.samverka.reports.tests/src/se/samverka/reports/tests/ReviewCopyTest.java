/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import se.samverka.formats.ExportRequest;

/**
 * A review copy, for those who write the agreement, against the copy to sign and publish: the review
 * copy says "Granskningsexemplar" at the top of every page and keeps the validation findings on its
 * diagrams; the default copy has neither.
 */
class ReviewCopyTest {
	private static final String MARK = "Granskningsexemplar";
	private static final List<String> EXAMPLES = List.of(Examples.BOTKYRKA, Examples.KUNGALV_2020);

	private static byte[] export(String format, String example, boolean review) throws Exception {
		return Exports.file(format).bytes(ExportRequest.of(Examples.resource(example)).withReviewCopy(review));
	}

	@Test
	void everyPdfPageOfAReviewCopySaysSoAndNoPageOfTheCopyToSign() throws Exception {
		for (String example : EXAMPLES) {
			for (boolean review : List.of(true, false)) {
				try (PDDocument pdf = Loader.loadPDF(export("pdf", example, review))) {
					for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
						PDFTextStripper stripper = new PDFTextStripper();
						stripper.setStartPage(page);
						stripper.setEndPage(page);
						assertEquals(review, stripper.getText(pdf).contains(MARK), example + ", page " + page
								+ (review ? " of the review copy" : " of the copy to sign"));
					}
				}
			}
		}
	}

	@Test
	void everySectionOfAReviewCopyInWordShowsTheMarkAndTheCopyToSignHasNoHeader() throws Exception {
		for (String example : EXAMPLES) {
			try (XWPFDocument review = read(export("docx", example, true));
					XWPFDocument signed = read(export("docx", example, false))) {
				List<XWPFHeader> headers = review.getHeaderList();
				assertEquals(1, headers.size(), example);
				assertTrue(headers.get(0).getText().contains(MARK), example + ": " + headers.get(0).getText());
				for (CTSectPr section : sections(review)) {
					assertEquals(1, section.sizeOfHeaderReferenceArray(), example + ": every section shows the mark");
				}
				assertTrue(signed.getHeaderList().stream().noneMatch(h -> h.getText().contains(MARK)), example);
				assertFalse(ReadBack.docx(export("docx", example, false)).contains(MARK), example);
			}
		}
	}

	@Test
	void theDiagramsOfAReviewCopyShowTheFindingsAndThoseOfTheCopyToSignDoNot() throws Exception {
		try (XWPFDocument review = read(export("docx", Examples.BOTKYRKA, true));
				XWPFDocument signed = read(export("docx", Examples.BOTKYRKA, false))) {
			assertEquals(WordPictures.of(signed).size(), WordPictures.of(review).size(), "the same diagrams");
			assertTrue(drawings(review).stream().anyMatch(svg -> svg.contains("class=\"findings\"")),
					"findings on the review copy's diagrams");
			assertTrue(drawings(signed).stream().noneMatch(svg -> svg.contains("class=\"findings\"")),
					"no finding on the diagrams of the copy to sign");
		}
	}

	private static List<String> drawings(XWPFDocument document) {
		return WordPictures.of(document).stream().map((XWPFPicture picture) -> WordPictures.svg(document, picture))
				.map(svg -> new String(svg.getData(), StandardCharsets.UTF_8)).toList();
	}

	private static XWPFDocument read(byte[] docx) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	/** The sections' properties: those ending a section inside the body, then the last one. */
	private static List<CTSectPr> sections(XWPFDocument document) {
		List<CTSectPr> sections = new java.util.ArrayList<>();
		document.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
				.forEach(p -> sections.add(p.getCTP().getPPr().getSectPr()));
		sections.add(document.getDocument().getBody().getSectPr());
		return sections;
	}
}
