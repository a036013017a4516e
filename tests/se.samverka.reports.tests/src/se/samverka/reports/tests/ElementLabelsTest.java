/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.Agreement;
import se.samverka.model.Coordinator;
import se.samverka.model.FollowUpEntry;
import se.samverka.model.FollowUpSubject;
import se.samverka.model.NamedElement;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.labels.ElementLabels;

/**
 * What the documents call an element that has no title in Botkyrka's sub-agreement: what the
 * model says it is, else its name as words; never the name as the model writes it.
 */
class ElementLabelsTest {
	private static Resource botkyrka;

	@BeforeAll
	static void load() throws Exception {
		botkyrka = Examples.resource(Examples.BOTKYRKA);
	}

	@Test
	void anAppendixGoesByItsTitle() {
		assertEquals("Lokal lägesbild", ElementLabels.of(named("LokalLägesbild")));
	}

	@Test
	void anUntitledElementGoesByWhatTheModelSaysItIs() {
		assertEquals("Samordnare, Närpolisområde Botkyrka", ElementLabels.of(named("SamordnarePolisen")));
		assertEquals("Bedömning, Alby", ElementLabels.of(named("BedömningAlby")));
		assertEquals("Uppföljning av åtgärder", ElementLabels.of(named("UppföljningÅtgärder")));
		assertEquals("Uppföljning av lägesbild", ElementLabels.of(named("UppföljningLägesbild")));
	}

	@Test
	void elseItsNameReadsAsWords() {
		Coordinator coordinator = SamverkaFactory.eINSTANCE.createCoordinator();
		coordinator.setName("SamordnarePolisen");
		assertEquals("Samordnare polisen", ElementLabels.of(coordinator));
		FollowUpEntry other = SamverkaFactory.eINSTANCE.createFollowUpEntry();
		other.setName("UppföljningÖvrigt_2019");
		other.setSubject(FollowUpSubject.OTHER);
		assertEquals("Uppföljning övrigt 2019", ElementLabels.of(other));
		Agreement agreement = SamverkaFactory.eINSTANCE.createAgreement();
		agreement.setName("LokalaBRÅGruppen2017");
		assertEquals("Lokala BRÅ gruppen 2017", ElementLabels.of(agreement));
		agreement.setName("Styrgruppen");
		assertEquals("Styrgruppen", ElementLabels.of(agreement));
	}

	private static NamedElement named(String name) {
		for (var all = botkyrka.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof NamedElement named && name.equals(named.getName())) {
				return named;
			}
		}
		throw new AssertionError(name + " in Botkyrka's sub-agreement");
	}
}
