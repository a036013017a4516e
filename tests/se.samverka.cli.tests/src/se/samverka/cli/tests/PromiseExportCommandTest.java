/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samverka export --format docx} on a citizen promise document writes the promise as it is
 * published, {@code --document followup} its yearly follow-up for {@code --period}, and a period
 * without outcomes is refused with the periods there are (exit status 2, no file).
 */
class PromiseExportCommandTest {
	@TempDir
	Path folder;

	@Test
	void aPromiseDocumentIsWrittenAsThePromiseAndItsFollowUp() throws Exception {
		String kungalv = Examples.file("kungalv/medborgarlofte-2020-2021.samverkan").toString();
		Path promise = folder.resolve("medborgarlofte.docx");
		CommandRun run = CommandRun.of("export", "--format", "docx", kungalv, "-o", promise.toString());
		assertEquals(0, run.status(), run.err());
		String body = body(promise);
		assertTrue(body.contains("3. VÅRA LÖFTEN") && body.contains("Vem lovar: Västtrafik"), body);
		assertFalse(body.contains("AVTALSTID"), "a promise is not written as an agreement");

		Path followUp = folder.resolve("uppfoljning.docx");
		run = CommandRun.of("export", "--format", "docx", "--document", "followup", "--period", "2020-2021", kungalv, "-o",
				followUp.toString());
		assertEquals(0, run.status(), run.err());
		assertTrue(body(followUp).contains("Uppföljning av medborgarlöftet 2020–2021"));
	}

	@Test
	void aPeriodWithoutOutcomesIsRefusedWithThePeriodsThereAre() throws Exception {
		Path target = folder.resolve("uppfoljning.pdf");
		CommandRun run = CommandRun.of("export", "--format", "pdf", "--document", "followup", "--period", "2017",
				"--agreement", "Centrum2018", Examples.file("goteborg-centrum/medborgarloften.samverkan").toString(), "-o",
				target.toString());
		assertEquals(2, run.status());
		assertTrue(run.err().contains("'2017'") && run.err().contains("perioder med utfall: 2018"), run.err());
		assertFalse(Files.exists(target));
	}

	private static String body(Path docx) throws Exception {
		try (ZipFile word = new ZipFile(docx.toFile())) {
			return new String(word.getInputStream(word.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
