/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.formats.ExportRequest;
import se.samverka.model.nls.Language;

/**
 * The diagrams of the Word documents as Word and LibreOffice read them: each a vector drawing (SVG,
 * Office 2016's extension of the picture) with a PNG for older readers, and an alternative text that
 * tells in words what the diagram shows, made from the diagram, in the document's language.
 */
class WordDiagramTest {
	@TempDir
	static Path folder;

	private static byte[] docx(ExportRequest request) throws Exception {
		return Exports.file("docx").bytes(request);
	}

	private static XWPFDocument read(byte[] docx) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	private static List<String> descriptions(XWPFDocument document) {
		return WordPictures.of(document).stream().map(WordPictures::description).toList();
	}

	@Test
	void everyDiagramIsAVectorDrawingWithAPngForOlderReaders() throws Exception {
		var resource = Examples.resource(Examples.BOTKYRKA);
		for (ExportRequest request : List.of(ExportRequest.of(resource),
				ExportRequest.of(resource).withDocument(se.samverka.formats.Document.COMMUNICATION_PLAN))) {
			try (XWPFDocument document = read(docx(request))) {
				List<XWPFPicture> pictures = WordPictures.of(document);
				assertFalse(pictures.isEmpty());
				for (XWPFPicture picture : pictures) {
					assertEquals(Document.PICTURE_TYPE_PNG, picture.getPictureData().getPictureType(), "the PNG fallback");
					XWPFPictureData svg = WordPictures.svg(document, picture);
					assertNotNull(svg, "an SVG drawing beside the PNG");
					assertEquals("image/svg+xml", svg.getPackagePart().getContentType());
					var factory = DocumentBuilderFactory.newInstance();
					factory.setNamespaceAware(true);
					var drawing = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getData()));
					assertEquals("svg", drawing.getDocumentElement().getLocalName());
					assertTrue(drawing.getElementsByTagNameNS("*", "text").getLength() > 0, "its words are text, sharp at any size");
				}
			}
		}
	}

	@Test
	void theAlternativeTextsDescribeTheDiagramsInSwedish() throws Exception {
		try (XWPFDocument document = read(docx(ExportRequest.of(Examples.resource(Examples.BOTKYRKA))))) {
			List<String> texts = descriptions(document);
			assertEquals(1 + 5 + 1, texts.size());
			String chart = texts.get(0);
			assertTrue(chart.startsWith("Organisationsschema: överst Styrgrupp med sex medlemmar; under den Arbetsgrupp med "),
					chart);
			assertTrue(chart.contains("under dem Områdesgrupperna med fem områdesgrupper (Områdesgrupp Alby, Områdesgrupp "
					+ "Fittja, Områdesgrupp Hallunda-Norsborg, Områdesgrupp Tumba och Områdesgrupp Tullinge), var och en med "
					+ "en nätverksgrupp"), chart);
			assertTrue(chart.endsWith("Parterna: Närpolisområde Botkyrka och Botkyrka kommun."), chart);
			assertTrue(texts.get(1).startsWith("Organisationsschema: överst Områdesgrupp Alby med tre medlemmar och en "
					+ "nätverksgrupp (Nätverksgrupp Alby)"), texts.get(1));
			String chain = texts.get(6);
			assertTrue(chain.startsWith("Spårbarhetsdiagram: fyra prioriterade områden: Unga lagöverträdare"), chain);
			assertTrue(chain.contains("Brottsoffer (motiveras av ett underlag ur lägesbilden; åtgärderna Stödcentrum för "
					+ "unga brottsutsatta och Medling)"), chain);
			assertTrue(chain.contains("Åtgärderna följs upp i Uppföljning av åtgärder."), chain);
		}
		var plan = ExportRequest.of(Examples.resource(Examples.BOTKYRKA))
				.withDocument(se.samverka.formats.Document.COMMUNICATION_PLAN);
		try (XWPFDocument document = read(docx(plan))) {
			String diagram = descriptions(document).get(0);
			assertTrue(diagram.startsWith("Kommunikationsdiagram: sex målgrupper (Allmänheten, Samarbetspartners, "), diagram);
		}
	}

	@Test
	void inEnglishTheAlternativeTextsAreEnglish() throws Exception {
		Locale before = Language.current();
		try {
			Language.use(Language.ENGLISH);
			try (XWPFDocument document = read(docx(ExportRequest.of(Examples.resource(Examples.BOTKYRKA))))) {
				List<String> texts = descriptions(document);
				assertTrue(texts.get(0).startsWith("Organisation chart: at the top Styrgrupp with six members; below it "),
						texts.get(0));
				assertTrue(texts.get(0).contains("five area groups (") && texts.get(0).contains("each with one network group"),
						texts.get(0));
				assertTrue(texts.get(6).startsWith("Traceability diagram: four priority areas: "), texts.get(6));
			}
		} finally {
			Language.use(before);
		}
	}

	/**
	 * LibreOffice, as a reader's office program, still prints every diagram: from the SVG where it reads the
	 * extension, else from the PNG beside it. Each page after a diagram's heading shows a picture.
	 */
	@Test
	void libreOfficePrintsEveryDiagram() throws Exception {
		assumeTrue(LibreOffice.soffice() != null, "LibreOffice (soffice) is not installed: the Word document is not printed");
		byte[] docx = docx(ExportRequest.of(Examples.resource(Examples.BOTKYRKA)));
		try (PDDocument pdf = LibreOffice.print(folder, docx, "underavtal.docx")) {
			int diagrams = 0;
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(pdf);
				if (text.contains("Styrning") || text.contains("Från lägesbild till uppföljning")) {
					var resources = pdf.getPage(page - 1).getResources();
					boolean picture = false;
					for (COSName name : resources.getXObjectNames()) {
						picture |= resources.getXObject(name) instanceof PDImageXObject
								|| resources.getXObject(name) instanceof PDFormXObject;
					}
					// drawn from the SVG, the boxes' words are text on the page
					assertTrue(picture || text.contains("Nätverksgrupp") || text.contains("Nattvandring"),
							"page " + page + " shows its diagram: " + text);
					diagrams++;
				}
			}
			assertTrue(diagrams >= 1 + 5 + 1, "pages with a diagram: " + diagrams);
		}
	}
}
