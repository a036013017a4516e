/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import se.samverka.reports.content.DocumentContent;

/**
 * A document's blocks as a PDF: laid out from {@link PrintableHtml} by openhtmltopdf and drawn with
 * PDFBox. Text is in Helvetica; characters Helvetica's encoding lacks fall back to Liberation Sans,
 * which PDFBox carries, so no glyph goes missing.
 */
public final class PdfRenderer {
	private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	static {
		// the renderer reports its own progress on the console; a command line prints only its results
		XRLog.setLoggingEnabled(false);
	}

	private PdfRenderer() {
	}

	public static void write(DocumentContent content, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(PrintableHtml.of(content), null);
		builder.useFont(PdfRenderer::fallbackFont, "Liberation Sans");
		builder.toStream(out);
		try {
			builder.run();
		} catch (RuntimeException unrenderable) {
			throw new IOException(unrenderable.getMessage(), unrenderable);
		}
	}

	private static InputStream fallbackFont() {
		return PDDocument.class.getResourceAsStream(FALLBACK_FONT);
	}
}
