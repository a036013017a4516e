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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samverka diagram} as {@code export --format svg} draws: never over a file without
 * {@code --force}; a file with several agreements is drawn only when one is chosen with
 * {@code --agreement}, and otherwise they are listed, by name and title.
 */
class DiagramCommandTest {
	@TempDir
	Path folder;

	@Test
	void diagramDoesNotOverwriteWithoutForce() throws Exception {
		Path underavtal = Examples.file("botkyrka/underavtal.samverkan");
		Path target = folder.resolve("styrning.svg");
		Files.writeString(target, "mitt eget");
		CommandRun refused = CommandRun.of("diagram", underavtal.toString(), "-o", target.toString());
		assertEquals(2, refused.status());
		assertTrue(refused.err().contains("--force"), refused.err());
		assertEquals("mitt eget", Files.readString(target));
		CommandRun forced = CommandRun.of("diagram", "--force", underavtal.toString(), "-o", target.toString());
		assertEquals(0, forced.status(), forced.err());
		assertTrue(Files.readString(target).contains("Närpolisområde Botkyrka"));
	}

	/** Botkyrka's chart reads at 5 pt on one A4 page: the command says so, and --pages writes the printed split. */
	/** A mistyped output folder is named as the user typed it, not as a temporary file, and nothing is written. */
	@Test
	void aMissingOutputFolderIsNamed() throws Exception {
		Path underavtal = Examples.file("botkyrka/underavtal.samverkan");
		Path missing = folder.resolve("finns-inte");
		CommandRun run = CommandRun.of("diagram", underavtal.toString(), "-o", missing.resolve("styrning.svg").toString());
		assertEquals(2, run.status());
		assertEquals("samverka: mappen eller filen '" + missing.toAbsolutePath() + "' finns inte.", run.err().strip());
		assertFalse(Files.exists(missing));
	}

	@Test
	void aChartTooLargeForOnePageIsSplitWithPages() throws Exception {
		Path underavtal = Examples.file("botkyrka/underavtal.samverkan");
		CommandRun whole = CommandRun.of("diagram", underavtal.toString(), "-o", folder.resolve("hel.svg").toString());
		assertEquals(0, whole.status(), whole.err());
		assertTrue(whole.out().contains("7 pt") && whole.out().contains("--pages"), whole.out());
		Path target = folder.resolve("styrning.svg");
		CommandRun split = CommandRun.of("diagram", "--pages", underavtal.toString(), "-o", target.toString());
		assertEquals(0, split.status(), split.err());
		assertTrue(Files.readString(target).contains("Områdesgrupp Alby"), "the overview names the area groups");
		for (int page = 1; page <= 5; page++) {
			assertTrue(Files.exists(folder.resolve("styrning-" + page + ".svg")), split.out());
		}
		assertFalse(Files.exists(folder.resolve("styrning-6.svg")), "one page per area group, Botkyrka has five");
		assertTrue(Files.readString(folder.resolve("styrning-1.svg")).contains("Nätverksgrupp Alby"));
		assertEquals(6, split.out().lines().count(), split.out());
		CommandRun again = CommandRun.of("diagram", "--pages", underavtal.toString(), "-o", target.toString());
		assertEquals(2, again.status(), "no page is written over without --force");
	}

	@Test
	void diagramAndExportDrawTheSameSvg() throws Exception {
		Path underavtal = Examples.file("botkyrka/underavtal.samverkan");
		Path drawn = folder.resolve("diagram.svg");
		Path exported = folder.resolve("export.svg");
		assertEquals(0, CommandRun.of("diagram", "--view", "traceability", underavtal.toString(), "-o", drawn.toString())
				.status());
		assertEquals(0, CommandRun.of("export", "--format", "svg", "--view", "traceability", underavtal.toString(), "-o",
				exported.toString()).status());
		assertEquals(Files.readString(drawn), Files.readString(exported));
	}

	@Test
	void aFileWithTwoAgreementsNamesThemWithoutAgreementAndDrawsTheOneChosen() throws Exception {
		Path file = twoAgreements();
		for (String command : new String[] { "diagram", "export" }) {
			Path target = folder.resolve(command + ".svg");
			CommandRun run = command.equals("diagram") ? CommandRun.of("diagram", file.toString(), "-o", target.toString())
					: CommandRun.of("export", "--format", "svg", file.toString(), "-o", target.toString());
			assertEquals(2, run.status(), command + ": " + run.out() + run.err());
			assertTrue(run.err().contains("--agreement"), run.err());
			assertTrue(run.err().contains("Första") && run.err().contains("Första avtalet"), run.err());
			assertTrue(run.err().contains("Andra") && run.err().contains("Andra avtalet"), run.err());
			assertFalse(Files.exists(target), "nothing written");

			CommandRun chosen = command.equals("diagram")
					? CommandRun.of("diagram", "--agreement", "Andra", file.toString(), "-o", target.toString())
					: CommandRun.of("export", "--format", "svg", "--agreement", "Andra", file.toString(), "-o",
							target.toString());
			assertEquals(0, chosen.status(), command + ": " + chosen.err());
			String svg = Files.readString(target);
			assertTrue(svg.contains("Andra avtalet"), svg);
			assertFalse(svg.contains("Första avtalet"), svg);

			CommandRun unknown = CommandRun.of(command.equals("diagram") ? "diagram" : "export", "--agreement", "Tredje",
					"--format", "svg", file.toString(), "-o", folder.resolve(command + "-3.svg").toString());
			assertEquals(2, unknown.status());
			assertTrue(unknown.err().contains("Tredje") && unknown.err().contains("Andra avtalet"), unknown.err());
		}
	}

	private Path twoAgreements() throws Exception {
		Path file = folder.resolve("två-avtal.samverkan");
		Files.writeString(file, """
				organisation Polisen "Lokalpolisområde Exempel" {
					typ polis
				}

				organisation Kommunen "Exempels kommun" {
					typ kommun
				}

				avtal Första "Första avtalet" {
					typ samverkansöverenskommelse
					parter Polisen, Kommunen
				}

				avtal Andra "Andra avtalet" {
					typ samverkansöverenskommelse
					parter Polisen, Kommunen
				}
				""");
		return file;
	}
}
