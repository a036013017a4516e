/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.samverka.model.AgreementKind;
import se.samverka.model.nls.Language;
import se.samverka.validation.Rule;
import se.samverka.validation.RuleCodes;

/**
 * Each entry of the catalogue is complete in both languages, its code is a constant of
 * {@link RuleCodes}, and the rule table of docs/validation.md is the catalogue's.
 */
class RuleEntriesTest {

	@Test
	void everyRuleHasTitleDescriptionSourceAndKindsInSwedishAndEnglish() throws IOException {
		Properties swedish = properties("messages.properties");
		Properties english = properties("messages_en.properties");
		List<String> missing = new ArrayList<>();
		for (Rule rule : Rule.values()) {
			for (String key : List.of(rule.code() + ".title", rule.code() + ".description")) {
				requireText(swedish, key, "sv", missing);
				requireText(english, key, "en", missing);
			}
			if (rule.hasQuickFix()) {
				requireText(swedish, rule.code() + ".fix", "sv", missing);
				requireText(english, rule.code() + ".fix", "en", missing);
			}
			assertNotNull(rule.source(), rule + " rests on no source");
			String basis = "source." + rule.source().basis() + (rule.source().citation().isEmpty() ? "" : ".cited");
			requireText(swedish, basis, "sv", missing);
			requireText(english, basis, "en", missing);
			assertFalse(rule.kinds().isEmpty(), rule + " applies to no kind of agreement");
		}
		assertEquals(List.of(), missing);
		// what a user reads: the texts themselves, each language its own
		assertEquals("Roterande ordförandeskap", Rule.G3.title(Language.SWEDISH));
		assertEquals("Rotating chair", Rule.G3.title(Language.ENGLISH));
		assertEquals("Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete, 4 §",
				Rule.N1.source().text(Language.SWEDISH));
		assertEquals("The national model (Brå, Polisen and SKR 2020), step 3", Rule.N5.source().text(Language.ENGLISH));
		assertEquals("Set the chair's term to 1 year", Rule.G3.quickFixTitle(Language.ENGLISH));
	}

	@Test
	void citizenPromisesAreNotAskedForGovernance() {
		for (Rule rule : List.of(Rule.S2, Rule.G1, Rule.G2, Rule.G3, Rule.G4, Rule.G5, Rule.G6, Rule.G7, Rule.G8,
				Rule.G9, Rule.P3, Rule.P9, Rule.N1, Rule.N3, Rule.F1)) {
			assertFalse(rule.appliesTo(AgreementKind.CITIZEN_PROMISE), rule.code());
			assertTrue(rule.appliesTo(AgreementKind.SUB_AGREEMENT), rule.code());
		}
		assertEquals(EnumSet.allOf(AgreementKind.class), Rule.P4.kinds());
		for (Rule rule : List.of(Rule.M1, Rule.M2, Rule.M3, Rule.M4, Rule.M5, Rule.N4, Rule.N5, Rule.F3, Rule.S7)) {
			assertTrue(rule.appliesTo(AgreementKind.CITIZEN_PROMISE), rule.code());
		}
	}

	@Test
	void everyCodeIsAConstantOfRuleCodes() throws IllegalAccessException {
		Map<String, String> constants = new LinkedHashMap<>();
		for (Field field : RuleCodes.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				constants.put(field.getName(), (String) field.get(null));
			}
		}
		Map<String, String> rules = new LinkedHashMap<>();
		for (Rule rule : Rule.values()) {
			rules.put(rule.name(), rule.code());
		}
		assertEquals(rules, constants);
		assertEquals(Rule.P4, Rule.ofCode(RuleCodes.P4));
	}

	@Test
	void theRuleTableOfTheDocsIsTheCatalogue() throws IOException {
		Path docs = Path.of(System.getProperty("samverka.examples", "../../examples")).resolve("../docs/validation.md")
				.normalize();
		assertTrue(Files.isRegularFile(docs), "docs not found at " + docs.toAbsolutePath());
		Map<String, String> written = new LinkedHashMap<>();
		for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
			String[] cells = line.split("\\|");
			if (cells.length > 2 && Rule.ofCode(cells[1].strip()) != null) {
				written.put(cells[1].strip(), line.strip());
			}
		}
		Map<String, String> expected = new LinkedHashMap<>();
		Arrays.stream(Rule.values()).forEach(rule -> expected.put(rule.code(), row(rule)));
		if (!expected.equals(written)) {
			String differing = expected.keySet().stream().filter(code -> !expected.get(code).equals(written.get(code)))
					.map(expected::get).collect(Collectors.joining("\n"));
			String extra = written.keySet().stream().filter(code -> !expected.containsKey(code))
					.collect(Collectors.joining(", "));
			fail("docs/validation.md differs from Rule; the rows as they should read:\n" + differing
					+ (extra.isEmpty() ? "" : "\nrows of no rule: " + extra)
					+ "\nin this order: " + String.join(", ", expected.keySet()));
		}
		assertEquals(List.copyOf(expected.keySet()), List.copyOf(written.keySet()), "the table lists the rules in the catalogue's order");
	}

	/** One row of the table: code, severity, what it checks, which agreements, what it rests on, its quick fix. */
	static String row(Rule rule) {
		Locale en = Language.ENGLISH;
		String fix = rule.hasQuickFix() ? rule.quickFixTitle(en) : "";
		return "| " + rule.code() + " | " + rule.severity().keyword() + " | " + rule.description(en) + " | "
				+ kinds(rule) + " | " + rule.source().text(en) + " | " + fix + " |";
	}

	private static String kinds(Rule rule) {
		String dated = rule.appliesFrom() == null ? "" : ", dated from " + rule.appliesFrom();
		if (rule.kinds().size() == AgreementKind.values().length) {
			return "all" + dated;
		}
		EnumSet<AgreementKind> not = EnumSet.complementOf(EnumSet.copyOf(rule.kinds()));
		return "all but " + not.stream().map(RuleEntriesTest::plural).collect(Collectors.joining(", ")) + dated;
	}

	private static String plural(AgreementKind kind) {
		return switch (kind) {
		case FRAMEWORK -> "framework agreements";
		case SUB_AGREEMENT -> "sub-agreements";
		case LOCAL_COOPERATION -> "cooperation agreements";
		case CITIZEN_PROMISE -> "citizen promises";
		};
	}

	private static void requireText(Properties texts, String key, String language, List<String> missing) {
		String text = texts.getProperty(key);
		if (text == null || text.isBlank()) {
			missing.add(language + ": " + key);
		}
	}

	private static Properties properties(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Rule.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
