/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.Agreement;
import se.samverka.reports.docx.AgreementDocument;

/**
 * Botkyrka's sub-agreement as a Word document, read back with POI as Word would show it: the
 * title page, the sections in the order of seed 004, the tables of the appendices with seed 004's
 * action-plan columns, and the diagrams as pictures. Runs under OSGi, so POI is proven there too.
 */
class AgreementDocumentTest {
	private static Agreement agreement;
	private static XWPFDocument document;

	@BeforeAll
	static void writeBotkyrka() throws Exception {
		agreement = Examples.agreement(Examples.BOTKYRKA);
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		AgreementDocument.write(agreement, Examples.findings(agreement), docx);
		document = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()));
	}

	@Test
	void theTitlePageNamesTheAgreementAndThePartiesWithTheirNumbers() {
		List<String> first = document.getParagraphs().stream().limit(8).map(XWPFParagraph::getText).toList();
		assertEquals("Samverkansavtal – Underavtal", first.get(0));
		assertEquals("Title", document.getParagraphs().get(0).getStyle());
		String titlePage = String.join("\n", first);
		assertTrue(titlePage.contains("Närpolisområde Botkyrka") && titlePage.contains("Org.nr 202100-0076"), titlePage);
		assertTrue(titlePage.contains("Botkyrka kommun"), titlePage);
	}

	@Test
	void theSectionsComeInTheOrderOfSeed004() {
		List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
				.map(p -> p.getText().replaceFirst("^\\d+\\. ", "")).toList();
		List<String> seedOrder = List.of("BAKGRUND", "PARTER", "AVTALSBILAGOR", "AVTALSTID", "STYRGRUPP", "ARBETSGRUPP",
				"SAMVERKANSFORA", "SAMORDNARE", "LOKAL LÄGESBILD OCH PRIORITERADE SAMVERKANSOMRÅDEN");
		int last = -1;
		for (String heading : seedOrder) {
			int at = headings.indexOf(heading);
			assertTrue(at > last, heading + " after the one before it, in " + headings);
			last = at;
		}
		assertTrue(headings.indexOf("UNDERSKRIFTER") > last || !headings.contains("UNDERSKRIFTER"), headings.toString());
		for (int i = 0; i < seedOrder.size(); i++) {
			String numbered = (i + 1) + ". " + seedOrder.get(i);
			assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().equals(numbered)),
					"numbered like the seed: " + numbered);
		}
	}

	@Test
	void theSteeringGroupSectionListsItsMembers() {
		String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
		assertTrue(text.contains("Styrgrupp består av:"), text);
		for (String member : List.of("Polismästare", "Kommundirektör", "Närpolisområdeschef", "Säkerhetschef")) {
			assertTrue(text.contains("• " + member), member);
		}
	}

	@Test
	void theActionPlanAppendixHasSeed004sColumnsAndARowPerMeasure() {
		XWPFTable plan = table("Prioriterat samverkansområde");
		assertEquals(List.of("Prioriterat samverkansområde", "Åtgärder", "Syfte, mål", "Ansvarig", "Tid", "Åtagande",
				"Finansiering"), plan.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
		long measures = agreement.getActionPlans().stream().mapToLong(p -> p.getMeasures().size()).sum();
		assertEquals(measures + 1, plan.getNumberOfRows());
		assertEquals(8, measures);
	}

	@Test
	void theStatisticsAppendixHasARowPerStatisticAndAColumnPerYear() {
		XWPFTable statistics = table("Område");
		assertEquals(agreement.getSituationPicture().getStatistics().size() + 1, statistics.getNumberOfRows());
		assertTrue(statistics.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals("2013")));
	}

	@Test
	void theDiagramsArePictures() {
		// Botkyrka's governance chart is too large for 7 pt on A4: an overview, then one page per area group
		assertEquals(1 + 5 + 1, WordPictures.of(document).size(), "the governance chart, split, and the traceability diagram");
		String text = document.getParagraphs().stream().map(p -> p.getText()).collect(java.util.stream.Collectors.joining("\n"));
		for (String areaGroup : List.of("Alby", "Fittja", "Hallunda-Norsborg", "Tumba", "Tullinge")) {
			assertTrue(text.contains("Styrning – Områdesgrupp " + areaGroup), "a page for the area group of " + areaGroup);
		}
		assertTrue(WordPictures.of(document).stream().allMatch(p -> p.getPictureData().getData().length > 10_000));
	}

	private static XWPFTable table(String firstHeader) {
		return document.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)).findFirst()
				.orElseThrow(() -> new AssertionError("no table starting with " + firstHeader));
	}
}
