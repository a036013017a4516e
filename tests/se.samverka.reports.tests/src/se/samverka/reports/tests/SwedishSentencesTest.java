/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Funding;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.nls.Language;
import se.samverka.reports.content.AgreementContent;
import se.samverka.reports.content.Block;
import se.samverka.reports.content.CommunicationPlanContent;
import se.samverka.reports.content.DocumentContent;
import se.samverka.reports.content.FollowUpContent;
import se.samverka.reports.content.GoalTexts;
import se.samverka.reports.content.PromiseContent;

/**
 * Each sentence the documents write (the templates listed in docs/texts.md) rendered on a seed, as
 * the Swedish reader expects it: the verb agreeing ("Parterna samråder", "Styrgrupp sammanträder"),
 * each body named in its own sentences, dates as the seed writes them and numbers in Swedish form.
 */
class SwedishSentencesTest {

	@Test
	void theTermIsStatedOnceOnTheTitlePageAndInFullInItsSection() throws Exception {
		List<String> lines = agreementLines();
		assertLine(lines, "Avtalstid: 2014-12-01 – 2015-12-31");
		assertLine(lines, "Avtalet löper från 2014-12-01 till 2015-12-31.");
		assertTrue(lines.stream().filter(line -> line.startsWith("Avtalet löper")).count() == 1, "once: " + lines);
		assertLine(lines, "Avtalet förlängs med 2 år i taget om ingen part säger upp det.");
		assertLine(lines, "Parterna samråder senast 6 månader före avtalstidens slut.");
	}

	@Test
	void eachBodyIsTheSubjectOfItsOwnSentences() throws Exception {
		List<String> lines = agreementLines();
		assertLine(lines, "Styrgrupp består av:");
		assertLine(lines, "Styrgrupp sammanträder 2 gånger per år.");
		assertLine(lines, "Arbetsgrupp sammanträder 4 gånger per år.");
		assertLine(lines, "Arbetsgrupp rapporterar till Styrgrupp.");
		assertLine(lines, "Centrala samverkansgruppen för trygghetsfrågor sammanträder kontinuerligt.");
		// the parties by their titles, never by their names in the model ("Polisen / Kommunen")
		assertLine(lines, "Ordförandeskapet växlar mellan Närpolisområde Botkyrka och Botkyrka kommun, ett år i taget.");
		assertLine(lines, "Ordförande utses av Kommundirektör.");
	}

	@Test
	void coordinatorsAreNamedByPartyRoleAndPerson() throws Exception {
		List<String> lines = agreementLines();
		assertLine(lines, "Samordnare för Närpolisområde Botkyrka: BF-samordnare (kommunpolis), Kent Andersson");
		assertLine(lines, "Samordnare för Botkyrka kommun: Trygghetssamordnare, Beyron Ahxner");
		// a body's coordinators are members one by one, by what they are
		assertLine(lines, "Samordnare, Närpolisområde Botkyrka");
		assertLine(lines, "Samordnare, Botkyrka kommun");
	}

	@Test
	void theSignaturePageSaysHowManyCopies() throws Exception {
		assertLine(agreementLines(), "Detta avtal har upprättats i 2 exemplar, av vilka parterna tagit var sitt.");
	}

	@Test
	void fundingIsInKronorWithSpacesBetweenThousands() throws Exception {
		Agreement botkyrka = Examples.agreement(Examples.BOTKYRKA);
		Measure measure = botkyrka.getActionPlans().get(0).getMeasures().get(0);
		Funding funding = measure.getFunding().get(0);
		funding.setAmount(new BigDecimal("12345"));
		String cells = String.join("\n", lines(AgreementContent.of(botkyrka, List.of())));
		assertTrue(cells.contains("Inom befintlig budgetram 12\u00a0345 kr"), cells);
	}

	@Test
	void theCommunicationPlanSaysHowOftenItIsUpdated() throws Exception {
		Agreement jarva = Examples.agreement(Examples.JARVA);
		assertLine(lines(CommunicationPlanContent.of(jarva, List.of())), "Planen uppdateras 1 gång per år.");
	}

	@Test
	void theFollowUpCountsThePromisesAndNamesThePeriod() throws Exception {
		List<String> lines = lines(FollowUpContent.of(Examples.agreement(Examples.KUNGALV_2020), null));
		assertLine(lines, "Så långt har de 9 löftena kommit under 2020–2021:");
		assertLine(lines, "Ingen uppföljning redovisad för 2020–2021.");
	}

	@Test
	void thePromiseQuotesWhatTheSituationPictureSays() throws Exception {
		List<String> lines = lines(PromiseContent.of(Examples.agreement(Examples.KUNGALV_2020)));
		assertLine(lines, "Brotten i Kungälv minskar (Kungälvs kommun): \u201dDet är oacceptabelt att människor i Kungälv "
				+ "känner sig otrygga trots att brotten minskar\u201d");
		assertLine(lines, "Narkotikamissbruk (Kungälvs kommun)");
	}

	@Test
	void goalsReadAsSwedishWithSwedishNumbers() throws Exception {
		CitizenPromise presence = Examples.agreement(Examples.KUNGALV_2020).getPromises().get(0);
		Goal goal = presence.getGoals().get(0);
		assertTrue(GoalTexts.line(goal).equals("200 tillfällen (produktionsmål; indikator: Tillfällen med polisiär närvaro)"),
				GoalTexts.line(goal));
		goal.setTarget(new BigDecimal("12345"));
		assertTrue(GoalTexts.target(goal).equals("12\u00a0345 tillfällen"), GoalTexts.target(goal));
		goal.setTarget(new BigDecimal("0.75"));
		assertTrue(GoalTexts.target(goal).equals("0,75 tillfällen"), GoalTexts.target(goal));
	}

	private static List<String> agreementLines() throws Exception {
		Agreement botkyrka = Examples.agreement(Examples.BOTKYRKA);
		return lines(AgreementContent.of(botkyrka, List.of()));
	}

	/** Every line of text in the document: headings, paragraphs, bullets and table cells. */
	private static List<String> lines(DocumentContent content) {
		assertTrue(Language.current().getLanguage().isEmpty() || Language.current().getLanguage().equals("sv"),
				"the documents are Swedish by default");
		List<String> lines = new ArrayList<>();
		for (Block block : content.blocks()) {
			switch (block) {
			case Block.Heading heading -> lines.add(heading.text());
			case Block.Paragraph paragraph -> lines.addAll(List.of(paragraph.text().split("\n")));
			case Block.Bullet bullet -> lines.add(bullet.text());
			case Block.Table table -> table.rows().forEach(row -> row.forEach(cell -> lines.addAll(List.of(cell.split("\n")))));
			default -> {
			}
			}
		}
		return lines;
	}

	private static void assertLine(List<String> lines, String expected) {
		assertTrue(lines.contains(expected), "«" + expected + "» in " + lines);
	}
}
