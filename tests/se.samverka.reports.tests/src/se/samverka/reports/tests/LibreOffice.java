/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** LibreOffice printing a Word or spreadsheet file to PDF, as a reader's office program prints it. */
final class LibreOffice {
	private LibreOffice() {
	}

	/** The soffice program on the PATH, or null where LibreOffice is not installed. */
	static String soffice() {
		for (String path : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(path, "soffice"))) {
				return Path.of(path, "soffice").toString();
			}
		}
		return null;
	}

	/** The file, written to the folder as {@code name}, printed to PDF there by LibreOffice. */
	static PDDocument print(Path folder, byte[] file, String name) throws Exception {
		Path input = folder.resolve(name);
		Files.write(input, file);
		Path profile = folder.resolve("libreoffice-profile");
		Process process = new ProcessBuilder(soffice(), "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", folder.toString(), input.toString()).redirectErrorStream(true)
				.redirectOutput(folder.resolve("soffice.log").toFile()).start();
		assertTrue(process.waitFor(3, TimeUnit.MINUTES), "LibreOffice printed " + name + " within three minutes");
		Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
		assertTrue(Files.exists(pdf), "LibreOffice printed " + name + ": " + Files.readString(folder.resolve("soffice.log")));
		return Loader.loadPDF(pdf.toFile());
	}
}
