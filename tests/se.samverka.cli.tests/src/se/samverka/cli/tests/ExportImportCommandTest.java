/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * {@code samverka export} and {@code samverka import} as a user runs them: Botkyrka out to JSON
 * and XMI and back in as .samverkan files that the checker finds the same things in; no file
 * overwritten without --force; a broken file named with its place.
 */
class ExportImportCommandTest {
	@TempDir
	Path folder;

	private String out;
	private String err;

	@Test
	void botkyrkaThroughJsonAndXmiComesBackWithTheSameFindings() throws Exception {
		Path underavtal = examples().resolve("botkyrka/underavtal.samverkan");
		Set<String> original = findings(underavtal);
		for (String format : List.of("json", "xmi")) {
			Path exported = folder.resolve("botkyrka." + format);
			assertEquals(0, run("export", "--format", format, underavtal.toString(), "-o", exported.toString()), err);
			Path imported = folder.resolve("import-" + format);
			assertEquals(0, run("import", "--format", format, exported.toString(), "-o", imported.toString()), err);
			Path back = format.equals("json") ? imported.resolve("underavtal.samverkan") : imported.resolve("Underavtal.samverkan");
			assertTrue(Files.exists(back), out);
			assertEquals(original, findings(back), format + ": the same rules find the same things in the imported model");
		}
	}

	@Test
	void botkyrkaAsAWordDocumentHoldsItsTitleAndSections() throws Exception {
		Path docx = folder.resolve("underavtal.docx");
		assertEquals(0, run("export", "--format", "docx", examples().resolve("botkyrka/underavtal.samverkan").toString(),
				"-o", docx.toString()), err);
		try (java.util.zip.ZipFile word = new java.util.zip.ZipFile(docx.toFile())) {
			String body = new String(word.getInputStream(word.getEntry("word/document.xml")).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertTrue(body.contains("Samverkansavtal – Underavtal"));
			assertTrue(body.contains("5. STYRGRUPP"), "the sections are numbered as in the seed");
			// the governance chart as an overview and one page per area group (5), and the traceability diagram
			assertEquals(1 + 5 + 1, word.stream().filter(e -> e.getName().startsWith("word/media/") && e.getName().endsWith(".png"))
					.count(), "the diagrams' pictures");
			assertEquals(1 + 5 + 1, word.stream().filter(e -> e.getName().startsWith("word/media/") && e.getName().endsWith(".svg"))
					.count(), "each drawn as SVG too");
			assertTrue(entries(word, "word/media/", ".svg").stream().noneMatch(svg -> svg.contains("class=\"findings\"")),
					"a copy to sign carries no validation findings on its diagrams");
			assertTrue(entries(word, "word/header", ".xml").stream().noneMatch(h -> h.contains("Granskningsexemplar")));
		}
	}

	@Test
	void aReviewCopyIsMarkedSoOnEveryPageAndShowsTheFindingsOnItsDiagrams() throws Exception {
		Path docx = folder.resolve("granskning.docx");
		assertEquals(0, run("export", "--format", "docx", "--review", examples().resolve("botkyrka/underavtal.samverkan")
				.toString(), "-o", docx.toString()), err);
		try (java.util.zip.ZipFile word = new java.util.zip.ZipFile(docx.toFile())) {
			List<String> headers = entries(word, "word/header", ".xml");
			assertEquals(1, headers.size(), "one header, shown on every page");
			assertTrue(headers.get(0).contains("Granskningsexemplar"), headers.get(0));
			String body = entries(word, "word/document.xml", "").get(0);
			assertEquals(body.split("<w:sectPr").length - 1, body.split("<w:headerReference").length - 1,
					"every section shows the header");
			assertTrue(entries(word, "word/media/", ".svg").stream().anyMatch(svg -> svg.contains("class=\"findings\"")),
					"the validation findings on the diagrams");
		}
	}

	/** The text of the zip's entries whose names start and end as given. */
	private static List<String> entries(java.util.zip.ZipFile zip, String start, String end) throws IOException {
		List<String> texts = new java.util.ArrayList<>();
		for (var entry : java.util.Collections.list(zip.entries())) {
			if (entry.getName().startsWith(start) && entry.getName().endsWith(end)) {
				texts.add(new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return texts;
	}

	@Test
	void everyDocumentAndDiagramFormatIsWrittenFromTheCommandLine() throws Exception {
		Path underavtal = examples().resolve("botkyrka/underavtal.samverkan");
		Path pdf = folder.resolve("underavtal.pdf");
		assertEquals(0, run("export", "--format", "pdf", underavtal.toString(), "-o", pdf.toString()), err);
		assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		Path plan = folder.resolve("kommunikationsplan.docx");
		assertEquals(0, run("export", "--format", "docx", "--document", "communication", underavtal.toString(), "-o",
				plan.toString()), err);
		try (java.util.zip.ZipFile word = new java.util.zip.ZipFile(plan.toFile())) {
			String body = new String(word.getInputStream(word.getEntry("word/document.xml")).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertTrue(body.contains("TALESPERSONER"), "the communication plan's sections");
		}
		Path site = folder.resolve("webbplats");
		assertEquals(0, run("export", "--format", "html", underavtal.toString(), "-o", site.toString()), err);
		assertTrue(Files.readString(site.resolve("index.html")).contains("<h1>Samverkansavtal – Underavtal</h1>"));
		// a web server running as another user can serve the site whenever it can serve what mkdir and touch make
		Path mkdir = Files.createDirectory(folder.resolve("mkdir"));
		Path touch = Files.createFile(folder.resolve("touch"));
		assertEquals(Files.getPosixFilePermissions(mkdir), Files.getPosixFilePermissions(site), "the site's folder");
		assertEquals(Files.getPosixFilePermissions(touch), Files.getPosixFilePermissions(site.resolve("index.html")));
		Path svg = folder.resolve("spårbarhet.svg");
		assertEquals(0, run("export", "--format", "svg", "--view", "traceability", underavtal.toString(), "-o",
				svg.toString()), err);
		assertTrue(Files.readString(svg).contains("Brottsoffer"), "the traceability chain's priority area");
		Path png = folder.resolve("styrning.png");
		assertEquals(0, run("export", "--format", "png", underavtal.toString(), "-o", png.toString()), err);
		assertTrue(javax.imageio.ImageIO.read(png.toFile()).getWidth() > 500);
	}

	@Test
	void aCommunicationPlanIsAskedOfAnAgreementWithoutOne() throws Exception {
		Path target = folder.resolve("plan.pdf");
		assertEquals(2, run("export", "--format", "pdf", "--document", "communication",
				examples().resolve("botkyrka/avtalet.samverkan").toString(), "-o", target.toString()));
		assertEquals("Avtalet i filen har ingen kommunikationsplan.", err.strip());
		assertTrue(!Files.exists(target));
	}

	@Test
	void anExistingFileIsNotOverwrittenWithoutForce() throws Exception {
		Path underavtal = examples().resolve("botkyrka/underavtal.samverkan");
		Path target = folder.resolve("styrning.graphml");
		Files.writeString(target, "mitt eget");
		assertEquals(2, run("export", "--format", "graphml", underavtal.toString(), "-o", target.toString()));
		assertTrue(err.contains("--force"), err);
		assertEquals("mitt eget", Files.readString(target));
		assertEquals(0, run("export", "--format", "graphml", "--force", underavtal.toString(), "-o", target.toString()), err);
		assertTrue(Files.readString(target).contains("Närpolisområde Botkyrka"));
	}

	@Test
	void aBrokenImportIsNamedWithItsPlaceAndWritesNothing() throws Exception {
		Path broken = folder.resolve("trasig.json");
		Files.writeString(broken, "{\n  \"format\": \"samverka\",\n  \"version\": 1,\n  \"models\": [\n");
		Path target = folder.resolve("ut");
		assertEquals(2, run("import", "--format", "json", broken.toString(), "-o", target.toString()));
		assertTrue(err.startsWith(broken + ":5:"), err);
		assertTrue(!Files.exists(target), "nothing written");
		assertTrue(!err.contains("\tat "), "no stack trace");
	}

	private Set<String> findings(Path file) {
		run("validate", file.toString());
		Set<String> findings = new TreeSet<>();
		// code and message: lines move when a model is written in the one layout
		out.lines().map(line -> line.substring(line.indexOf(": ", line.indexOf(": ") + 2) + 2)).forEach(findings::add);
		return findings;
	}

	private int run(String... args) {
		CommandRun run = CommandRun.of(args);
		out = run.out();
		err = run.err();
		return run.status();
	}

	private static Path examples() {
		return Path.of(System.getProperty("samverka.examples", "../../examples")).toAbsolutePath();
	}
}
