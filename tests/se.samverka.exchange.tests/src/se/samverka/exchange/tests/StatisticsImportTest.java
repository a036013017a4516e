/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.ModelUpdate;
import se.samverka.exchange.statistics.BraStatisticsFile;
import se.samverka.exchange.statistics.StatisticsImport;
import se.samverka.model.Agreement;
import se.samverka.model.FigureKind;
import se.samverka.model.Model;
import se.samverka.model.SourceKind;
import se.samverka.model.Statistic;

/**
 * Brå's statistics into a copy of Botkyrka's situation picture. The inputs are written in the two
 * formats Brå publishes (domain.md, "Beyond the seeds"); their figures are made up for the test.
 */
class StatisticsImportTest {
	/** Brå's yearly file: BOM, CRLF, space as thousands separator, decimal comma, a "Hela landet" row. */
	private static final byte[] YEARLY = ("\uFEFFKommun;Antal;Per 100 000 inv.\r\n" + "Hela landet;1 512 345;14 402\r\n"
			+ "Botkyrka;12 345;12 980,5\r\n" + "Stockholm;145 000;14 998\r\n\r\n").getBytes(StandardCharsets.UTF_8);
	/** An export from Brå's statistics database: code and name, a four-digit crime code, "..". */
	private static final byte[] DATABASE = ("Region;Brott;År;Period;Antal;/100 000 inv\n"
			+ "0127 Botkyrka;Bostadsinbrott;2023;Helår;210;220\n" + "0127 Botkyrka;Bostadsinbrott;2024;Helår;185;..\n"
			+ "0127 Botkyrka;0906;2024;Helår;37;..\n" + "0180 Stockholm;Bostadsinbrott;2024;Helår;1 900;..\n")
			.getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path folder;
	private Path underavtal;
	private Resource resource;
	private Agreement agreement;

	@BeforeEach
	void copyBotkyrka() throws Exception {
		try (Stream<Path> files = Files.list(Examples.path("botkyrka"))) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		underavtal = folder.resolve("underavtal.samverkan");
		load();
	}

	private void load() throws Exception {
		ModelFolder models = Examples.LANGUAGE.getInstance(ModelFolder.class);
		models.load(List.of(underavtal));
		resource = models.requested().get(underavtal);
		agreement = ((Model) resource.getContents().get(0)).getAgreements().get(0);
	}

	@Test
	void theYearlyFileAddsBotkyrkasFiguresForTheYearInItsName() throws Exception {
		List<String> report = StatisticsImport.apply(agreement,
				BraStatisticsFile.read(YEARLY, "anmalda-brott-kommuner-2024.csv", null), "Brå: anmälda brott 2024");
		Statistic count = statistic("Anmälda brott totalt", FigureKind.COUNT);
		assertEquals("Botkyrka", count.getArea().getName());
		assertEquals(2024, count.getValues().get(0).getYear());
		assertEquals(new BigDecimal("12345"), count.getValues().get(0).getValue());
		assertEquals(new BigDecimal("12980.5"), statistic("Anmälda brott totalt", FigureKind.PER_HUNDRED_THOUSAND)
				.getValues().get(0).getValue());
		assertEquals(SourceKind.BRA_STATISTICS, count.getSource().getKind());
		assertEquals("Brå: anmälda brott 2024", count.getSource().getTitle());
		assertTrue(report.contains("2 regioner finns inte bland modellens områden och lämnades utanför: Hela landet, Stockholm"),
				report.toString());
		assertEquals("2 nya värden, 0 fanns redan", report.get(report.size() - 1));
	}

	@Test
	void theDatabaseExportAddsItsYearsByCodeAndReimportingChangesNothing() throws Exception {
		StatisticsImport.apply(agreement, BraStatisticsFile.read(DATABASE, "export.csv", null), "Brå: export");
		Statistic burglary = statistic("Bostadsinbrott", FigureKind.COUNT);
		assertEquals(List.of(2023, 2024), burglary.getValues().stream().map(v -> v.getYear()).toList());
		assertEquals(1, statistic("Bostadsinbrott", FigureKind.PER_HUNDRED_THOUSAND).getValues().size(), "'..' is no figure");
		assertEquals(new BigDecimal("37"), statistic("0906", FigureKind.COUNT).getValues().get(0).getValue());
		List<String> again = StatisticsImport.apply(agreement, BraStatisticsFile.read(DATABASE, "export.csv", null), "Brå: export");
		assertEquals("0 nya värden, 4 fanns redan", again.get(again.size() - 1));
	}

	@Test
	void aDifferentFigureForAKnownYearIsReportedAndTheModelsKept() throws Exception {
		StatisticsImport.apply(agreement, BraStatisticsFile.read(DATABASE, "export.csv", null), "Brå: export");
		byte[] revised = new String(DATABASE, StandardCharsets.UTF_8).replace(";2024;Helår;185;", ";2024;Helår;190;")
				.getBytes(StandardCharsets.UTF_8);
		List<String> report = StatisticsImport.apply(agreement, BraStatisticsFile.read(revised, "export.csv", null), "Brå: export");
		assertTrue(report.contains("rad 3: Botkyrka, Bostadsinbrott, 2024 är 185 i modellen men 190 i filen; modellens värde behölls"),
				report.toString());
		assertEquals(new BigDecimal("185"), statistic("Bostadsinbrott", FigureKind.COUNT).getValues().get(1).getValue());
	}

	@Test
	void theUpdatedFileKeepsItsCommentsAndReadsBackWithTheNewFigures() throws Exception {
		StatisticsImport.apply(agreement, BraStatisticsFile.read(YEARLY, "brott.csv", 2024), "Brå: anmälda brott 2024");
		ModelUpdate.write(underavtal, ModelUpdate.text(resource, Examples.LANGUAGE));
		String text = Files.readString(underavtal);
		assertTrue(text.contains("// §1 Bakgrund"), "comments are kept");
		assertTrue(text.contains("källa Brå \"Brå: anmälda brott 2024\" typ bråstatistik"), "the source is recorded");
		load();
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		assertEquals(new BigDecimal("12345"), statistic("Anmälda brott totalt", FigureKind.COUNT).getValues().get(0).getValue());
	}

	@Test
	void aFileInNeitherFormatOrWithABadNumberIsRefusedWithItsPlace() {
		ExchangeException neither = assertThrows(ExchangeException.class,
				() -> BraStatisticsFile.read("Län;Brott\nStockholm;1\n".getBytes(StandardCharsets.UTF_8), "x.csv", 2024));
		assertEquals(1, neither.line());
		assertTrue(neither.getMessage().contains("varken Brås årsfil"), neither.getMessage());
		ExchangeException badNumber = assertThrows(ExchangeException.class, () -> BraStatisticsFile.read(
				"Kommun;Antal;Per 100 000 inv.\nBotkyrka;12x45;1\n".getBytes(StandardCharsets.UTF_8), "x.csv", 2024));
		assertEquals(2, badNumber.line());
		assertEquals(10, badNumber.column());
		ExchangeException noYear = assertThrows(ExchangeException.class,
				() -> BraStatisticsFile.read(YEARLY, "kommuner.csv", null));
		assertTrue(noYear.getMessage().contains("--year"), noYear.getMessage());
	}

	private Statistic statistic(String category, FigureKind kind) {
		return agreement.getSituationPicture().getStatistics().stream()
				.filter(s -> s.getArea().getName().equals("Botkyrka") && category.equals(s.getCategory()) && s.getFigureKind() == kind)
				.findFirst().orElseThrow();
	}
}
