/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A generated document read back by an independent reader, as one text a test can search: POI for
 * Word (paragraphs and table cells in the order they stand), PDFBox's text extraction for PDF.
 * Runs of spaces, line breaks and no-break spaces count as one space, as a reader sees them.
 */
final class ReadBack {
	private ReadBack() {
	}

	static String text(String format, byte[] bytes) throws IOException {
		return format.equals("docx") ? docx(bytes) : pdf(bytes);
	}

	static String docx(byte[] bytes) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<String> parts = new ArrayList<>();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					parts.add(paragraph.getText());
				} else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						for (XWPFTableCell cell : row.getTableCells()) {
							parts.add(cell.getText());
						}
					}
				}
			}
			return plain(String.join("\n", parts));
		}
	}

	static String pdf(byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return plain(new PDFTextStripper().getText(pdf));
		}
	}

	static int pdfPages(byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return pdf.getNumberOfPages();
		}
	}

	static String plain(String text) {
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
	}
}
