/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.formats.Document;
import se.samverka.formats.ExportRequest;
import se.samverka.formats.NotExported;

/**
 * Botkyrka's communication plan (seed 004, appendix 4) as a Word document of its own, read back with
 * POI: its sections, its six target groups with their priority, its spokespersons with the media
 * centre's number (an internal document), and the communication diagram.
 */
class CommunicationPlanDocumentTest {
	private static ExportRequest communicationPlan(org.eclipse.emf.ecore.resource.Resource resource) {
		return ExportRequest.of(resource).withDocument(Document.COMMUNICATION_PLAN);
	}
	private static XWPFDocument document;
	private static String text;

	@BeforeAll
	static void writeBotkyrka() throws Exception {
		byte[] docx = Exports.file("docx").bytes(communicationPlan(Examples.resource(Examples.BOTKYRKA)));
		document = new XWPFDocument(new ByteArrayInputStream(docx));
		text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
	}

	@Test
	void itIsTheCommunicationPlanOfTheAgreement() {
		assertEquals("Kommunikationsplan", document.getParagraphs().get(0).getText());
		assertEquals("Samverkansavtal – Underavtal", document.getParagraphs().get(1).getText());
		List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
				.map(XWPFParagraph::getText).toList();
		assertEquals(List.of("1. INLEDNING", "2. SYFTE", "3. VÄRDEORD", "4. KRAV PÅ KOMMUNIKATIONEN", "5. MÅL",
				"6. MÅLGRUPPER", "7. ARBETSSÄTT", "8. TALESPERSONER", "9. UTVÄRDERING OCH UPPDATERING", "Bilaga: Diagram"),
				headings);
		assertTrue(text.contains("TYDLIGA: Våra roller och kontaktvägar ska vara TYDLIGA."), text);
		assertTrue(text.contains("Planens ändras vid behov efter beslut av styrgruppen."), text);
	}

	@Test
	void theTargetGroupsAndSpokespersonsAreTables() {
		XWPFTable groups = document.getTables().get(0);
		assertEquals(List.of("Målgrupp", "Prioritet", "Vad målgruppen behöver veta"), cells(groups.getRow(0)));
		assertEquals(7, groups.getRows().size(), "a header and six target groups");
		assertEquals(List.of("Medier", "Sekundär", "för att nå övriga målgrupper"), cells(groups.getRow(6)));
		XWPFTable spokespersons = document.getTables().get(1);
		List<String> mediaCentre = cells(spokespersons.getRow(2));
		assertEquals("Närpolisområde Botkyrka", mediaCentre.get(0));
		assertTrue(mediaCentre.get(2).contains("Lars Byström, Kjell Lindgren, Towe Hägg"), mediaCentre.toString());
		assertEquals("010-56 405 55", mediaCentre.get(3));
	}

	@Test
	void theCommunicationDiagramIsAPicture() {
		assertEquals(1, WordPictures.of(document).size());
		assertTrue(text.contains("Kommunikation"));
	}

	@Test
	void theOtherExamplesPlansAreWrittenUnderTheirOwnTitles() throws Exception {
		for (String example : List.of(Examples.JARVA, Examples.SPANGA_TENSTA)) {
			var agreement = Examples.agreement(example);
			byte[] docx = Exports.file("docx").bytes(communicationPlan(agreement.eResource()));
			try (XWPFDocument plan = new XWPFDocument(new ByteArrayInputStream(docx))) {
				assertEquals(agreement.getCommunicationPlan().getTitle(), plan.getParagraphs().get(0).getText(), example);
			}
		}
	}

	@Test
	void anAgreementWithoutACommunicationPlanIsRefused() {
		// the framework agreement of Botkyrka has none
		assertThrows(NotExported.class,
				() -> Exports.file("docx").bytes(communicationPlan(Examples.resource("botkyrka/avtalet.samverkan"))));
	}

	private static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map(cell -> cell.getText()).toList();
	}
}
