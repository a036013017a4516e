/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.dsl.ide.SamverkaIdeSetup;
import se.samverka.dsl.ide.highlighting.SemanticHighlights;
import se.samverka.dsl.ide.highlighting.SemanticHighlights.Highlight;
import se.samverka.dsl.ide.highlighting.SemanticHighlights.Style;
import se.samverka.dsl.workspace.ModelFolder;

/** Semantic colouring of Botkyrka's sub-agreement: what each name refers to, and declarations. */
class SemanticHighlightsTest {
	private static String text;
	private static List<Highlight> highlights;

	@BeforeAll
	static void loadBotkyrka() throws Exception {
		Path file = Path.of(System.getProperty("samverka.examples", "../../examples"), "botkyrka", "underavtal.samverkan");
		ModelFolder folder = new SamverkaIdeSetup().createInjectorAndDoEMFRegistration().getInstance(ModelFolder.class);
		folder.load(List.of(file));
		text = Files.readString(file);
		highlights = SemanticHighlights.of((XtextResource) folder.requested().get(file));
	}

	@Test
	void partiesAreOrganisationsDefinedInAnotherFile() {
		int line = text.indexOf("parter Polisen, Kommunen");
		assertEquals(Style.ORGANISATION, styleAt(line + "parter ".length(), "Polisen"));
		assertEquals(Style.ORGANISATION, styleAt(line + "parter Polisen, ".length(), "Kommunen"));
	}

	@Test
	void membersAreRolesAndNamesAreDeclarations() {
		int member = text.indexOf("medlem Polismästare");
		assertEquals(Style.PERSON, styleAt(member + "medlem ".length(), "Polismästare"));
		int steering = text.indexOf("styrgrupp Styrgruppen");
		assertEquals(Style.DECLARATION, styleAt(steering + "styrgrupp ".length(), "Styrgruppen"));
		int reports = text.indexOf("rapporterar till Styrgruppen");
		assertEquals(Style.BODY, styleAt(reports + "rapporterar till ".length(), "Styrgruppen"));
	}

	@Test
	void highlightsAreSortedAndNeverOverlapTheKeywords() {
		for (int i = 1; i < highlights.size(); i++) {
			assertTrue(highlights.get(i - 1).offset() <= highlights.get(i).offset());
		}
		for (Highlight highlight : highlights) {
			String word = text.substring(highlight.offset(), highlight.offset() + highlight.length());
			assertTrue(!word.isBlank() && !word.equals("medlem") && !word.equals("parter"), word);
		}
	}

	private static Style styleAt(int offset, String expectedText) {
		Highlight found = highlights.stream().filter(h -> h.offset() == offset).findFirst()
				.orElseThrow(() -> new AssertionError("no highlight at " + expectedText));
		assertEquals(expectedText, text.substring(found.offset(), found.offset() + found.length()));
		return found.style();
	}
}
