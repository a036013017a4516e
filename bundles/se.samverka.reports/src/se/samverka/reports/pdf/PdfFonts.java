/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The documents' typeface, Liberation Sans (Arial's metrics), in its four faces, embedded in every
 * PDF: an accessible or archival PDF may use no font it does not carry, and bold and italic must
 * be real faces, not a regular one drawn thicker or slanted. The faces are the operating system's
 * TrueType files (Debian's fonts-liberation2 or fonts-liberation); a face the machine lacks falls
 * back to the regular face that PDFBox carries, so a document is always written.
 */
final class PdfFonts {
	/** The family the style sheet names. */
	static final String FAMILY = "Liberation Sans";

	/** Where Linux distributions put the faces, newest version first. */
	private static final List<Path> FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/liberation2"),
			Path.of("/usr/share/fonts/truetype/liberation"), Path.of("/usr/share/fonts/liberation-sans"),
			Path.of("/usr/share/fonts/liberation"), Path.of("/usr/share/fonts/TTF"));

	private static final String BUNDLED_REGULAR = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private enum Face {
		REGULAR("Regular", 400, FontStyle.NORMAL), BOLD("Bold", 700, FontStyle.NORMAL),
		ITALIC("Italic", 400, FontStyle.ITALIC), BOLD_ITALIC("BoldItalic", 700, FontStyle.ITALIC);

		final String fileSuffix;
		final int weight;
		final FontStyle style;

		Face(String fileSuffix, int weight, FontStyle style) {
			this.fileSuffix = fileSuffix;
			this.weight = weight;
			this.style = style;
		}
	}

	private PdfFonts() {
	}

	/** Gives the renderer each face the machine has (subset: only the glyphs used are embedded). */
	static void register(PdfRendererBuilder builder) {
		for (Face face : Face.values()) {
			Optional<Path> file = file(face);
			if (file.isPresent()) {
				builder.useFont(() -> open(file.get()), FAMILY, face.weight, face.style, true);
			} else if (face == Face.REGULAR) {
				builder.useFont(() -> PDDocument.class.getResourceAsStream(BUNDLED_REGULAR), FAMILY, face.weight,
						face.style, true);
			}
		}
	}

	/** The face's TrueType file, if the machine has it. */
	private static Optional<Path> file(Face face) {
		String name = "LiberationSans-" + face.fileSuffix + ".ttf";
		return FOLDERS.stream().map(folder -> folder.resolve(name)).filter(Files::isReadable).findFirst();
	}

	private static InputStream open(Path file) {
		try {
			return Files.newInputStream(file);
		} catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
