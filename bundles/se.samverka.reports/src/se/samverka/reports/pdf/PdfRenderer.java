/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

import se.samverka.reports.content.DocumentContent;

/**
 * A document's blocks as a PDF: laid out from {@link PrintableHtml} by openhtmltopdf and drawn with
 * PDFBox. Every PDF is tagged and meets PDF/UA-1 (Swedish public bodies publish accessible
 * documents, lag 2018:1937): structure tags from the HTML's headings, lists, tables and pictures
 * with their alternative text, the document's language, its title in the metadata and shown as the
 * window's title, every font embedded ({@link PdfFonts}). The archival PDF meets PDF/A-2 level A as
 * well, with sRGB as its output intent.
 */
public final class PdfRenderer {

	static {
		// the renderer reports its own progress on the console; a command line prints only its results
		XRLog.setLoggingEnabled(false);
	}

	private PdfRenderer() {
	}

	/** The document as an accessible PDF (PDF/UA-1), to publish. */
	public static void write(DocumentContent content, OutputStream out) throws IOException {
		write(content, out, PdfAConformance.NONE);
	}

	/** The document as an accessible PDF for the archive (PDF/A-2a and PDF/UA-1). */
	public static void writeArchival(DocumentContent content, OutputStream out) throws IOException {
		write(content, out, PdfAConformance.PDFA_2_A);
	}

	private static void write(DocumentContent content, OutputStream out, PdfAConformance archival) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		if (archival != PdfAConformance.NONE) {
			builder.usePdfAConformance(archival);
			builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
		}
		builder.withProducer("Samverka");
		builder.withHtmlContent(PrintableHtml.of(content), null);
		PdfFonts.register(builder);
		builder.toStream(out);
		try {
			builder.run();
		} catch (RuntimeException unrenderable) {
			throw new IOException(unrenderable.getMessage(), unrenderable);
		}
	}
}
