/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.samverka.formats.ExportFormat;
import se.samverka.formats.Formats;
import se.samverka.formats.ImportFormat;
import se.samverka.model.nls.Language;

/** The one list of formats: each format once, by an id a user can type, named in Swedish and in English. */
class FormatsTest {

	@AfterEach
	void swedishAgain() {
		Language.use(Language.SWEDISH);
	}

	@Test
	void everyExportFormatHasAnIdAnExtensionAndANameInBothLanguages() {
		Set<String> ids = new HashSet<>();
		for (ExportFormat format : Formats.exports()) {
			assertTrue(format.id().matches("[a-z]+"), format.id());
			assertTrue(ids.add(format.id()), "registered once: " + format.id());
			assertEquals(format.isFolder(), format.extensions().isEmpty(), format.id() + ": a file format has an extension");
			assertEquals(format, Formats.export(format.id()).orElseThrow());
			names(format.id(), "export." + format.id(), format::label);
		}
	}

	@Test
	void everyImportFormatHasAnIdAnExtensionAndANameInBothLanguages() {
		Set<String> ids = new HashSet<>();
		for (ImportFormat format : Formats.imports()) {
			assertTrue(format.id().matches("[a-z]+"), format.id());
			assertTrue(ids.add(format.id()), "registered once: " + format.id());
			assertFalse(format.extensions().isEmpty(), format.id());
			assertEquals(format, Formats.importFormat(format.id()).orElseThrow());
			names(format.id(), "import." + format.id(), format::label);
		}
	}

	@Test
	void aFileNameSuggestsItsImportFormat() {
		assertEquals("xmi", Formats.importFormatOf("botkyrka.XMI").orElseThrow().id());
		assertEquals("json", Formats.importFormatOf("/tmp/botkyrka.json").orElseThrow().id());
		assertEquals("xlsx", Formats.importFormatOf("handlingsplan.xlsx").orElseThrow().id());
		assertTrue(Formats.importFormatOf("avtal.docx").isEmpty());
	}

	private static void names(String id, String key, java.util.function.Supplier<String> label) {
		Language.use(Language.SWEDISH);
		String swedish = label.get();
		Language.use(Locale.ENGLISH);
		String english = label.get();
		assertNotEquals(key, swedish, id + " has a Swedish name");
		assertNotEquals(key, english, id + " has an English name");
		assertFalse(swedish.isBlank() || english.isBlank(), id);
	}
}
