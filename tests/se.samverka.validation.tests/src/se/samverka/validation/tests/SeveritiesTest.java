/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.model.nls.Language;
import se.samverka.validation.Rule;
import se.samverka.validation.Severities;
import se.samverka.validation.Severities.InvalidSettingsException;
import se.samverka.validation.Severities.Level;

/** The user's severities: the settings file beside the models, --severity, and how the layers stack. */
class SeveritiesTest {
	@TempDir
	Path folder;

	@BeforeAll
	static void swedish() {
		Language.use(Language.SWEDISH);
	}

	@Test
	void theSettingsFileChoosesPerRule() throws Exception {
		write("# Samverkas inställningar för mappen\n\nseverity.P4 = ignore\n  severity.g8=Error\n");
		Severities chosen = Severities.ofFolder(folder);
		assertEquals(Map.of(Rule.P4, Level.IGNORE, Rule.G8, Level.ERROR), chosen.chosen());
		assertEquals(Level.IGNORE, chosen.of(Rule.P4));
		assertEquals(Level.ERROR, chosen.of(Rule.G8));
		// a rule without a choice keeps the catalogue's severity
		assertEquals(Level.INFO, chosen.of(Rule.P9));
	}

	@Test
	void aFolderWithoutSettingsChoosesNothing() throws Exception {
		assertEquals(Map.of(), Severities.ofFolder(folder).chosen());
		assertEquals(Level.WARNING, Severities.ofFolder(folder).of(Rule.P4));
	}

	@Test
	void eachLineInErrorIsNamedWithFileLineAndColumn() throws IOException {
		Path file = write("severity.P4 = högljudd\nseverity.X9 = ignore\nsevrity.P4 = ignore\nP4 ignore\n");
		InvalidSettingsException invalid = assertThrows(InvalidSettingsException.class, () -> Severities.ofFolder(folder));
		assertEquals(List.of(
				file + ":1:15: 'högljudd' är ingen allvarlighetsgrad; välj error, warning, info eller ignore",
				file + ":2:1: 'X9' är ingen regel i katalogen (S1–S7, G1–G9, L1–L4, P1–P9, N1–N5, M1–M5, C1–C3, F1–F3)",
				file + ":3:1: okänd inställning 'sevrity.P4'; en rad ser ut som 'severity.P4 = ignore'",
				file + ":4:1: en rad ser ut som 'severity.P4 = ignore'"), invalid.problems());
	}

	@Test
	void theCommandLinesChoicesAreCodeEqualsLevel() throws Exception {
		assertEquals(Map.of(Rule.P4, Level.IGNORE, Rule.G2, Level.ERROR),
				Severities.parse(List.of("P4=ignore", "G2=error")).chosen());
		InvalidSettingsException invalid = assertThrows(InvalidSettingsException.class,
				() -> Severities.parse(List.of("P4=loud", "P4")));
		assertEquals(List.of("'P4=loud': 'loud' är ingen allvarlighetsgrad; välj error, warning, info eller ignore",
				"'P4': ett val ser ut som 'P4=ignore'"), invalid.problems());
	}

	@Test
	void theCommandLineGoesBeforeTheFileWhichGoesBeforeTheWorkspace() throws Exception {
		Severities workspace = Severities.of(Map.of(Rule.P4, Level.ERROR, Rule.P7, Level.INFO, Rule.P8, Level.INFO));
		write("severity.P4 = ignore\nseverity.P7 = error\n");
		Severities commandLine = Severities.parse(List.of("P7=warning"));
		Severities effective = workspace.overriddenBy(Severities.ofFolder(folder)).overriddenBy(commandLine);
		assertEquals(Level.IGNORE, effective.of(Rule.P4));
		assertEquals(Level.WARNING, effective.of(Rule.P7));
		assertEquals(Level.INFO, effective.of(Rule.P8));
		assertEquals(Level.WARNING, effective.of(Rule.P6));
	}

	private Path write(String text) throws IOException {
		return Files.writeString(folder.resolve(Severities.FILE_NAME), text, StandardCharsets.UTF_8);
	}
}
