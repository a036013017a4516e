/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** What a user sees from ./samverka: the lines, the messages and the exit status. */
class CommandLineTest {
	@TempDir
	Path folder;

	private String out;
	private String err;

	private int run(String... args) {
		CommandRun run = CommandRun.of(args);
		out = run.out();
		err = run.err();
		return run.status();
	}

	@Test
	void helpListsTheCommands() {
		assertEquals(0, run("--help"));
		assertTrue(out.contains("validate"), out);
		assertTrue(out.contains("format"), out);
	}

	/** Only the sub-command a line names is set up; the help, a typo and --version answer as if all were. */
	@Test
	void theHelpListsEveryCommandInOrderATypoIsAnsweredAndTheVersionIsShown() {
		assertEquals(0, run("--help"));
		List<String> commands = List.of("validate", "format", "check-readiness", "diagram", "export", "import",
				"next-year", "lsp");
		List<Integer> places = commands.stream().map(command -> out.indexOf("\n  " + command + " ")).toList();
		assertFalse(places.contains(-1), out);
		assertEquals(places.stream().sorted().toList(), places, out);
		assertEquals(2, run("validat"));
		assertTrue(err.contains("validate"), err);
		assertEquals(0, run("--version"));
		assertEquals("Samverka 0.1.0", out.strip());
		assertEquals(0, run("export", "--help"));
		assertTrue(out.contains("docx"), out);
	}

	@Test
	void aValidModelGivesNoLinesAndStatusZero() throws Exception {
		Path file = write("ok.samverkan", """
				organisation Polisen {
					typ polis
				}
				""");
		assertEquals(0, run("validate", file.toString()));
		assertEquals("", out);
		assertTrue(err.contains("0 fel"), err);
	}

	@Test
	void anErrorIsOneLineWithFileLineColumnSeverityCodeAndMessage() throws Exception {
		Path file = write("fel.samverkan", """
				avtal Underavtal {
					typ underavtal
					under Avtalet
				}
				""");
		assertEquals(1, run("validate", file.toString()));
		List<String> lines = out.lines().filter(line -> line.contains(": S1: ")).toList();
		assertEquals(1, lines.size(), out);
		assertEquals(file + ":3:8: error: S1: Hittar ingen avtal som heter 'Avtalet'. Kontrollera stavningen, "
				+ "eller deklarera den i en .samverkan-fil i samma mapp.", lines.get(0));
	}

	@Test
	void englishWhenAskedFor() throws Exception {
		Path file = write("fel.samverkan", "avtal A { typ underavtal under B }");
		assertEquals(1, run("validate", "--lang", "en", file.toString()));
		assertTrue(out.contains("error: S1: No agreement named 'B' can be found."), out);
		assertEquals(0, run("validate", "--lang", "sv", write("ok.samverkan", "").toString()));
	}

	@Test
	void aSyntaxErrorIsReportedWithItsPlace() throws Exception {
		Path file = write("syntax.samverkan", "avtal A {\n\ttyp underavtal\n\tgiltighet { från 2014-12-01 }\n}\n");
		assertEquals(1, run("validate", file.toString()));
		assertTrue(out.lines().anyMatch(line -> line.startsWith(file + ":3:") && line.contains(": error: SYNTAX: ")),
				out);
	}

	@Test
	void jsonListsCodeSeverityMessagePlaceAndElement() throws Exception {
		Path file = write("org.samverkan", """
				organisation Polisen {
					typ polis
					orgnr "202100-0077"
				}
				""");
		assertEquals(1, run("validate", "--format", "json", file.toString()));
		assertTrue(out.contains("\"code\": \"S4\""), out);
		assertTrue(out.contains("\"severity\": \"error\""), out);
		assertTrue(out.contains("\"line\": 3"), out);
		assertTrue(out.contains("\"element\": \"Polisen\""), out);
		assertTrue(out.contains("\"errors\": 1"), out);
		assertTrue(out.contains("organisationsnumret '202100-0077'"), out);
	}

	@Test
	void suppressedFindingsAreCountedNotListed() throws Exception {
		Path file = write("avtal.samverkan", """
				organisation Polisen {
					typ polis
				}

				organisation Kommunen {
					typ kommun
				}

				avtal Avtal {
					typ ramavtal
					parter Polisen, Kommunen
					undantag N5 för Avtal eftersom "Avtalet undertecknas först i januari"
				}
				""");
		run("validate", file.toString());
		assertFalse(out.contains(": N5: "), out);
		assertTrue(err.contains("2 undertryckta fynd"), err);
	}

	@Test
	void readinessOfBotkyrkaShowsTheFiveStepsWithWhatIsMetAndWhatIsMissing() {
		Path examples = Path.of(System.getProperty("samverka.examples", "../../examples"));
		assertEquals(0, run("check-readiness", examples.resolve("botkyrka/underavtal.samverkan").toString()));
		List<String> lines = out.lines().toList();
		assertEquals("Beredskap enligt den nationella modellen: Samverkansavtal – Underavtal", lines.get(0));
		for (String step : List.of("1. Initiera samverkan (3/3)", "2. Egna förberedelser (3/3)",
				"3. Gemensamma förberedelser", "4. Genomförande", "5. Uppföljning")) {
			assertTrue(lines.stream().anyMatch(l -> l.startsWith(step)), step + " in\n" + out);
		}
		assertTrue(lines.stream().anyMatch(l -> l.contains("Varje åtgärd riktas mot en orsak") && l.endsWith("saknas")),
				out);
		assertTrue(lines.stream().anyMatch(l -> l.contains("En styrgrupp finns") && l.endsWith("uppfyllt")), out);
	}

	@Test
	void aByteOrderMarkAndWindowsLineEndingsAreFine() throws Exception {
		Path file = folder.resolve("windows.samverkan");
		Files.write(file, ("\uFEFForganisation Polisen {\r\n\ttyp polis\r\n}\r\n").getBytes(StandardCharsets.UTF_8));
		assertEquals(0, run("validate", file.toString()));
		assertEquals("", out);
	}

	@Test
	void anImpossibleDateIsReportedInTheUsersLanguage() throws Exception {
		Path file = write("datum.samverkan", "avtal A {\n\ttyp ramavtal\n\tgiltighet {\n\t\tfrån 2014-13-45 till 2015-12-31\n\t}\n}\n");
		assertEquals(1, run("validate", file.toString()));
		assertTrue(out.contains(file + ":4:8: error: SYNTAX: '2014-13-45' är inget giltigt datum. Skriv datum som "
				+ "ÅÅÅÅ-MM-DD, till exempel 2014-12-01."), out);
	}

	@Test
	void aFileThatIsNotUtf8IsRefusedWithItsPlace() throws Exception {
		Path file = folder.resolve("latin1.samverkan");
		Files.write(file, "organisation P {\n\ttyp polis beskrivning \"Malm\u00f6\"\n}\n"
				.getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(2, run("validate", file.toString()));
		assertEquals(file + ":2:29: samverka: filen är inte sparad som UTF-8 (tecknet här kan inte läsas). "
				+ "Spara om den som UTF-8.", err.strip());
	}

	/**
	 * An XMI file made to harm (an external entity that would read another file) or any file that is
	 * not a .samverkan file: refused before it is read, with its place and in the user's words, not
	 * with the XML parser's Java exception.
	 */
	@Test
	void aHostileXmiFileIsRefusedWithItsPlaceAndNoJavaNames() throws Exception {
		Path secret = write("hemligt.txt", "HEMLIGT");
		Path xmi = write("ond.xmi", "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
				+ "<samverka:Model xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:samverka=\"http://samverka.se/model/1.0\"><organisations name=\"&x;\" kind=\"POLICE\"/>"
				+ "</samverka:Model>");
		// Swedish last: the language asked for stays for the runs of the tests that follow
		for (String language : List.of("en", "sv")) {
			for (Path file : List.of(xmi, secret)) {
				assertEquals(2, run("validate", "--lang", language, file.toString()), "could not run: " + err);
				assertEquals("", out);
				String message = err.strip();
				assertTrue(message.matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: samverka: .+"),
						"file:line:column: message, got " + message);
				assertFalse(message.matches("(?s).*(Exception|org\\.xml|java\\.|\\bsax\\b).*"), "no Java names: " + message);
				assertFalse(message.contains("HEMLIGT"), message);
				assertTrue(message.contains(".samverkan"), "says what the command reads: " + message);
			}
			assertTrue(err.contains(language.equals("sv") ? "läses in med samverka import" : "is read in with samverka import"),
					err);
		}
	}

	@Test
	void aNumberTooLargeIsReportedInTheUsersLanguage() throws Exception {
		Path file = write("tal.samverkan", "avtal A {\n\ttyp ramavtal\n\tgiltighet {\n\t\tfrån 2024-01-01 till 2025-01-01\n"
				+ "\t\tförlängning 99999999999 år\n\t}\n}\n");
		assertEquals(1, run("validate", file.toString()));
		assertTrue(out.contains(file + ":5:15: error: SYNTAX: '99999999999' är för stort som heltal."), out);
	}

	@Test
	void aTenMegabyteStringIsReadWithoutTrouble() throws Exception {
		Path file = write("stor.samverkan", "organisation P \"" + "x".repeat(10_000_000) + "\" {\n\ttyp polis\n}\n");
		assertEquals(0, run("validate", file.toString()));
	}

	@Test
	void aMissingFileStopsWithStatusTwoAndAClearMessage() {
		assertEquals(2, run("validate", folder.resolve("saknas.samverkan").toString()));
		assertEquals("samverka: filen '" + folder.resolve("saknas.samverkan") + "' finns inte.", err.strip());
		assertFalse(err.contains("Exception"), err);
		assertEquals(2, run("validate", folder.toString()));
		assertTrue(err.contains("ingen läsbar fil"), err);
		assertEquals(2, run("validate"));
		assertFalse(err.contains("Exception"), err);
	}

	@Test
	void theExamplesParseAndLink() throws Exception {
		Path examples = Path.of(System.getProperty("samverka.examples", "../../examples"));
		String[] files;
		try (Stream<Path> walk = Files.walk(examples)) {
			files = walk.filter(p -> p.toString().endsWith(".samverkan")).map(Path::toString).sorted()
					.toArray(String[]::new);
		}
		assertTrue(files.length >= 5, Arrays.toString(files));
		String[] args = Stream.concat(Stream.of("validate"), Arrays.stream(files)).toArray(String[]::new);
		run(args);
		assertFalse(out.contains(": SYNTAX: "), out);
		assertFalse(out.contains(": S1: "), out);
		assertTrue(err.contains("Kontrollerade " + files.length + " filer"), err);
	}

	@Test
	void formatCheckFindsAFileOutOfLayoutAndFormatFixesIt() throws Exception {
		Path file = write("rörig.samverkan", "organisation   Polisen{typ polis}");
		assertEquals(1, run("format", "--check", file.toString()));
		assertEquals("organisation   Polisen{typ polis}", Files.readString(file));
		assertEquals(0, run("format", file.toString()));
		assertEquals("organisation Polisen {\n\ttyp polis\n}\n", Files.readString(file));
		assertEquals(0, run("format", "--check", file.toString()));
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(1, left.count(), "no temporary file is left behind");
		}
	}

	private Path write(String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}
