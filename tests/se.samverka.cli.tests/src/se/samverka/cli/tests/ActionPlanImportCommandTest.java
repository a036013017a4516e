/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action plan out as CSV, edited in a text editor as a user would in Excel, and imported back
 * into a copy of Botkyrka: the file is rewritten with the new target, keeps its comments and still
 * validates; a spreadsheet that names a measure the model lacks leaves the file byte for byte as it was.
 */
class ActionPlanImportCommandTest {
	@TempDir
	Path folder;
	private Path underavtal;

	@BeforeEach
	void copyBotkyrka() throws Exception {
		Path botkyrka = Path.of(System.getProperty("samverka.examples", "../../examples")).toAbsolutePath().resolve("botkyrka");
		try (Stream<Path> files = Files.list(botkyrka)) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		underavtal = folder.resolve("underavtal.samverkan");
	}

	@Test
	void anEditedTargetComesBackIntoTheModel() throws Exception {
		Path csv = folder.resolve("handlingsplan.csv");
		CommandRun export = CommandRun.of("export", "--format", "csv", underavtal.toString(), "-o", csv.toString());
		assertEquals(0, export.status(), export.err());
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		String stodcentrum = lines.stream().filter(l -> l.startsWith("Stödcentrum;")).findFirst().orElseThrow();
		assertTrue(stodcentrum.contains(";93;186;2015;"), stodcentrum);
		Files.write(csv, lines.stream().map(l -> l.replace(";93;186;2015;", ";93;200;2016;")).toList(), StandardCharsets.UTF_8);

		CommandRun imported = CommandRun.of("import", "--format", "csv", csv.toString(), "--into", underavtal.toString());
		assertEquals(0, imported.status(), imported.err());
		assertTrue(imported.out().contains("Mål Stödcentrum.Stödcentrumförmedling: Målvärde ändrat från '186' till '200'"),
				imported.out());
		assertTrue(imported.out().contains("Mål Stödcentrum.Stödcentrumförmedling: År ändrat från '2015' till '2016'"),
				imported.out());
		assertTrue(imported.out().contains(underavtal + ": uppdaterad."), imported.out());
		String model = Files.readString(underavtal);
		assertTrue(model.contains("målvärde minst 200 år 2016"), "the new target in the model's text");
		assertTrue(model.contains("// §1 Bakgrund"), "the comments are kept");
		CommandRun validate = CommandRun.of("validate", underavtal.toString());
		assertTrue(validate.status() <= 1, validate.err());
	}

	@Test
	void brasYearlyStatisticsComeIntoTheSituationPicture() throws Exception {
		// Brå's yearly file as published (BOM, CRLF, thousands separated by spaces); made-up figures
		Path yearly = folder.resolve("anmalda-brott-2024.csv");
		Files.writeString(yearly, "\uFEFFKommun;Antal;Per 100 000 inv.\r\nHela landet;1 512 345;14 402\r\nBotkyrka;12 345;12 980\r\n");
		CommandRun imported = CommandRun.of("import", "--format", "bra", yearly.toString(), "--into", underavtal.toString());
		assertEquals(0, imported.status(), imported.err());
		assertTrue(imported.out().contains("Ny: Botkyrka, Anmälda brott totalt, 2024: 12345 (antal)"), imported.out());
		assertTrue(Files.readString(underavtal).contains("statistik Botkyrka \"Anmälda brott totalt\" 2024: 12345"),
				"the new statistic in the model's text");
		byte[] once = Files.readAllBytes(underavtal);
		CommandRun again = CommandRun.of("import", "--format", "bra", yearly.toString(), "--into", underavtal.toString());
		assertEquals(0, again.status(), again.err());
		assertTrue(again.out().contains("inget ändrades"), again.out());
		assertArrayEquals(once, Files.readAllBytes(underavtal), "importing the same file again writes nothing");
		Path unknown = folder.resolve("annat.csv");
		Files.writeString(unknown, "Län;Antal\nStockholm;1\n");
		CommandRun refused = CommandRun.of("import", "--format", "bra", unknown.toString(), "--into", underavtal.toString());
		assertEquals(2, refused.status());
		assertTrue(refused.err().startsWith(unknown + ":1:1: filen är varken Brås årsfil"), refused.err());
	}

	@Test
	void anUntouchedSpreadsheetLeavesTheFileAsItWas() throws Exception {
		Path xlsx = folder.resolve("handlingsplan.xlsx");
		assertEquals(0, CommandRun.of("export", "--format", "xlsx", underavtal.toString(), "-o", xlsx.toString()).status());
		byte[] before = Files.readAllBytes(underavtal);
		CommandRun imported = CommandRun.of("import", "--format", "xlsx", xlsx.toString(), "--into", underavtal.toString());
		assertEquals(0, imported.status(), imported.err());
		assertTrue(imported.out().contains("stämmer redan med modellen; inget ändrades"), imported.out());
		assertArrayEquals(before, Files.readAllBytes(underavtal));
	}

	@Test
	void aSpreadsheetThatCannotBeMappedLeavesTheModelAsItWas() throws Exception {
		Path csv = folder.resolve("handlingsplan.csv");
		assertEquals(0, CommandRun.of("export", "--format", "csv", underavtal.toString(), "-o", csv.toString()).status());
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		Files.write(csv, lines.stream().map(l -> l.replaceFirst("^Medling;", "Cykelmeck;")).toList(), StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(underavtal);
		CommandRun imported = CommandRun.of("import", "--format", "csv", csv.toString(), "--into", underavtal.toString());
		assertEquals(2, imported.status());
		// as the spreadsheet program numbers rows: the header, SIG, Stödcentrum, then Medling
		assertTrue(imported.err().startsWith(csv + ": rad 4, kolumn A (Åtgärds-id): modellen har ingen åtgärd 'Cykelmeck'"),
				imported.err());
		assertTrue(!imported.err().contains("\tat "), "no stack trace");
		assertArrayEquals(before, Files.readAllBytes(underavtal));
	}
}
