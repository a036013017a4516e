/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.formats.ExportFormat;
import se.samverka.formats.Formats;
import se.samverka.formats.ImportFormat;
import se.samverka.model.nls.Language;

/**
 * The command line takes its formats from the one list: every registered export format is
 * accepted by {@code export --format} and written, and every format of the list, with its name,
 * is in the help of {@code export} and {@code import}; each of the two describes itself.
 */
class FormatChoicesCommandTest {
	@TempDir
	Path folder;

	/** --lang en stays in force for the process: the other tests expect Swedish. */
	@AfterEach
	void swedishAgain() {
		Language.use(Language.SWEDISH);
	}

	@Test
	void everyRegisteredExportFormatIsAcceptedAndWritten() throws Exception {
		Path underavtal = Examples.file("botkyrka/underavtal.samverkan");
		for (ExportFormat format : Formats.exports()) {
			Path target = folder.resolve("botkyrka-" + format.id() + (format.isFolder() ? "" : "." + format.extensions().get(0)));
			CommandRun run = CommandRun.of("export", "--format", format.id(), underavtal.toString(), "-o", target.toString());
			assertEquals(0, run.status(), format.id() + ": " + run.err());
			assertTrue(Files.exists(target), format.id() + " writes " + target);
			assertTrue(format.isFolder() ? Files.isDirectory(target) : Files.size(target) > 0, format.id());
		}
	}

	@Test
	void anUnknownFormatIsRefusedWithTheChoices() {
		CommandRun run = CommandRun.of("export", "--format", "odt", Examples.file("botkyrka/underavtal.samverkan").toString(),
				"-o", folder.resolve("x.odt").toString());
		assertEquals(2, run.status());
		for (ExportFormat format : Formats.exports()) {
			assertTrue(run.err().contains(format.id()), run.err());
		}
	}

	@Test
	void theHelpOfExportAndImportListsEveryRegisteredFormatWithItsName() {
		for (String language : new String[] { "sv", "en" }) {
			CommandRun export = CommandRun.of("export", "--help", "--lang", language);
			assertEquals(0, export.status());
			for (ExportFormat format : Formats.exports()) {
				assertTrue(export.out().contains(format.id()), language + ": " + format.id() + " in\n" + export.out());
			}
			CommandRun imports = CommandRun.of("import", "--help", "--lang", language);
			assertEquals(0, imports.status());
			for (ImportFormat format : Formats.imports()) {
				assertTrue(imports.out().contains(format.id()), language + ": " + format.id() + " in\n" + imports.out());
			}
		}
		// the names come in the language asked for
		assertTrue(CommandRun.of("export", "--help", "--lang", "sv").out().contains("Word-dokument (DOCX)"));
		assertTrue(CommandRun.of("export", "--help", "--lang", "en").out().contains("Word document (DOCX)"));
	}

	@Test
	void exportAndImportDescribeThemselvesNotWithTheGeneralText() {
		String export = CommandRun.of("export", "--help", "--lang", "sv").out();
		String imports = CommandRun.of("import", "--help", "--lang", "sv").out();
		assertTrue(export.contains("Skriver filens avtal i ett annat format"), export);
		assertTrue(imports.contains("Läser in en fil"), imports);
		assertFalse(export.contains("Kontrollerar och formaterar"), export);
		assertFalse(imports.contains("Kontrollerar och formaterar"), imports);
		assertTrue(CommandRun.of("export", "--help", "--lang", "en").out()
				.contains("Writes the file's agreement in another format"));
		assertTrue(CommandRun.of("import", "--help", "--lang", "en").out().contains("Reads a file in"));
	}
}
