/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The severities a user chooses change what {@code validate} prints and its exit status: the
 * project settings file beside the models, and {@code --severity}, which goes before it.
 * Botkyrka's sub-agreement has only warnings and notes (among them P4 ×7 and G8 ×12).
 */
class SeverityChoiceTest {
	@TempDir
	Path folder;

	private Path underavtal;

	@BeforeEach
	void copyBotkyrka() throws IOException {
		Path botkyrka = Path.of(System.getProperty("samverka.examples", "../../examples")).resolve("botkyrka");
		try (Stream<Path> files = Files.list(botkyrka)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".samverkan")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		underavtal = folder.resolve("underavtal.samverkan");
	}

	@Test
	void theCatalogueSeveritiesWithoutChoices() {
		CommandRun run = CommandRun.of("validate", underavtal.toString());
		assertEquals(0, run.status(), run.err());
		assertEquals(7, lines(run, "warning: P4: ").size(), run.out());
		assertEquals(12, lines(run, "warning: G8: ").size(), run.out());
	}

	@Test
	void aRuleSetToIgnoreInTheSettingsFileDisappears() throws IOException {
		settings("# P4 följs upp kvalitativt i Botkyrka\nseverity.P4 = ignore\n");
		CommandRun run = CommandRun.of("validate", underavtal.toString());
		assertEquals(0, run.status(), run.err());
		assertEquals(List.of(), lines(run, ": P4: "));
		assertEquals(12, lines(run, "warning: G8: ").size(), run.out());
	}

	@Test
	void aRuleSetToIgnoreLeavesNoMarkOnTheDiagram() throws IOException {
		Path before = folder.resolve("before.json");
		CommandRun run = CommandRun.of("diagram", "--format", "json", underavtal.toString(), "-o", before.toString());
		assertEquals(0, run.status(), run.err());
		assertTrue(Files.readString(before).contains("\"G8\""), "Botkyrka's governance is marked with G8");
		settings("severity.G8 = ignore\n");
		Path after = folder.resolve("after.json");
		run = CommandRun.of("diagram", "--format", "json", underavtal.toString(), "-o", after.toString());
		assertEquals(0, run.status(), run.err());
		String json = Files.readString(after);
		assertTrue(!json.contains("\"G8\""), json);
	}

	@Test
	void aWarningMadeAnErrorOnTheCommandLineGivesStatusOne() {
		CommandRun run = CommandRun.of("validate", "--lang", "sv", "--severity", "G8=error", underavtal.toString());
		assertEquals(1, run.status(), run.out());
		assertEquals(12, lines(run, "error: G8: ").size(), run.out());
		assertEquals(List.of(), lines(run, "warning: G8: "));
		assertTrue(run.err().contains("12 fel"), run.err());
	}

	@Test
	void theCommandLineGoesBeforeTheSettingsFile() throws IOException {
		settings("severity.P4 = ignore\nseverity.P7 = error\n");
		CommandRun run = CommandRun.of("validate", "--severity", "P4=info", "--severity", "P7=ignore",
				underavtal.toString());
		assertEquals(0, run.status(), run.out());
		assertEquals(7, lines(run, "info: P4: ").size(), run.out());
		assertEquals(List.of(), lines(run, ": P7: "));
	}

	@Test
	void aBadChoiceStopsWithStatusTwoAndSaysWhy() {
		CommandRun run = CommandRun.of("validate", "--lang", "sv", "--severity", "G8=högt", underavtal.toString());
		assertEquals(2, run.status());
		assertEquals("", run.out());
		assertEquals("samverka: --severity 'G8=högt': 'högt' är ingen allvarlighetsgrad; välj error, warning, info eller ignore",
				run.err().strip());
		CommandRun noRule = CommandRun.of("validate", "--lang", "en", "--severity", "Q1=error", underavtal.toString());
		assertEquals(2, noRule.status());
		assertTrue(noRule.err().contains("'Q1' is no rule of the catalogue"), noRule.err());
	}

	@Test
	void aBadSettingsFileStopsWithStatusTwoAndItsPlace() throws IOException {
		Path file = settings("severity.P4 = ignore\nseverity.P4 = tyst\n");
		CommandRun run = CommandRun.of("validate", "--lang", "sv", underavtal.toString());
		assertEquals(2, run.status());
		assertEquals("samverka: " + file + ":2:15: 'tyst' är ingen allvarlighetsgrad; välj error, warning, info eller ignore",
				run.err().strip());
	}

	private Path settings(String text) throws IOException {
		return Files.writeString(folder.resolve("samverka.properties"), text, StandardCharsets.UTF_8);
	}

	private static List<String> lines(CommandRun run, String part) {
		return run.out().lines().filter(line -> line.contains(part)).toList();
	}
}
