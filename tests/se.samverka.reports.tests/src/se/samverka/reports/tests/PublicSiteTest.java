/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.samverka.exchange.SafeOutput;
import se.samverka.model.Agreement;
import se.samverka.model.Person;
import se.samverka.model.Spokesperson;
import se.samverka.formats.ExportRequest;

/**
 * Botkyrka's sub-agreement as a web site for the public: a page per priority area and per measure,
 * working links, no scripts, nothing internal (the coordinators' and spokespersons' phone numbers and
 * e-mail addresses stay out, since the example marks no one public), and Chromium shows it.
 */
class PublicSiteTest {
	@TempDir
	static Path temporary;
	private static Path site;
	private static Agreement agreement;
	private static Resource resource;

	@BeforeAll
	static void writeBotkyrka() throws Exception {
		resource = Examples.resource(Examples.BOTKYRKA);
		agreement = Examples.agreement(Examples.BOTKYRKA);
		site = temporary.resolve("botkyrka-webbplats");
		Exports.format("html").write(ExportRequest.of(resource), site, false);
	}

	@Test
	void thereIsAPagePerPriorityAreaAndMeasure() throws IOException {
		List<String> files = files();
		assertTrue(files.containsAll(List.of("index.html", "kommunikation.html", "styrning.svg", "sparbarhet.svg", "stil.css")),
				files.toString());
		long measures = agreement.getActionPlans().stream().mapToLong(plan -> plan.getMeasures().size()).sum();
		assertEquals(agreement.getPriorityAreas().size(), files.stream().filter(f -> f.startsWith("omrade-")).count());
		assertEquals(measures, files.stream().filter(f -> f.startsWith("atgard-")).count());
		assertTrue(measures > 5, "Botkyrka has its measures: " + measures);
	}

	@Test
	void everyPageIsWellFormedInSwedishWithoutScriptsAndEveryLinkLeadsToAFileOfTheSite() throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setExpandEntityReferences(false);
		Set<String> linked = new HashSet<>();
		for (String file : files()) {
			if (!file.endsWith(".html")) {
				continue;
			}
			Document page = factory.newDocumentBuilder().parse(site.resolve(file).toFile());
			assertEquals("sv", page.getDocumentElement().getAttribute("lang"), file);
			assertEquals(0, page.getElementsByTagName("script").getLength(), file);
			for (String tag : List.of("a", "img", "link")) {
				NodeList elements = page.getElementsByTagName(tag);
				for (int i = 0; i < elements.getLength(); i++) {
					Element element = (Element) elements.item(i);
					String target = element.hasAttribute("href") ? element.getAttribute("href") : element.getAttribute("src");
					if (!target.startsWith("tel:") && !target.startsWith("mailto:")) {
						assertTrue(Files.isRegularFile(site.resolve(target)), file + " links to " + target);
						linked.add(target);
					}
				}
			}
		}
		assertTrue(linked.containsAll(files().stream().filter(f -> !f.equals(SafeOutput.FOLDER_MARK)).toList()),
				"every file is reached from a page: " + linked);
	}

	@Test
	void nothingInternalIsPublished() throws IOException {
		List<String> internal = new ArrayList<>();
		for (Resource each : resource.getResourceSet().getResources()) {
			each.getAllContents().forEachRemaining(object -> {
				if (object instanceof Person person && !person.isPublic()) {
					internal.addAll(person.getPhones());
					if (person.getEmail() != null) {
						internal.add(person.getEmail());
					}
				} else if (object instanceof Spokesperson spokesperson && spokesperson.getPhone() != null) {
					internal.add(spokesperson.getPhone());
				}
			});
		}
		assertTrue(internal.size() >= 5, "Botkyrka names its coordinators' numbers: " + internal);
		for (String file : files()) {
			String content = Files.readString(site.resolve(file), StandardCharsets.UTF_8);
			for (String secret : internal) {
				assertFalse(content.contains(secret), file + " publishes " + secret);
			}
		}
	}

	@Test
	void chromiumShowsTheStartPageAndItsLinks() throws Exception {
		String dom = Chromium.dom(site.resolve("index.html"));
		assertTrue(dom.contains("<h1>Samverkansavtal – Underavtal</h1>"), dom);
		for (var area : agreement.getPriorityAreas()) {
			assertTrue(dom.contains(">" + se.samverka.model.labels.ElementLabels.of(area) + "</a>"), area.getName());
		}
		Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
		Path png = screenshots.resolve("site.png");
		Chromium.screenshot(site.resolve("index.html"), png);
		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(1280, image.getWidth());
		// the header's dark blue band is drawn, so the style sheet was applied
		assertEquals(0x12395c, image.getRGB(5, 5) & 0xffffff, "the header's colour at the top left");
	}

	@Test
	void anExistingSiteIsReplacedOnlyWhenAskedAndAForeignFolderNever() throws Exception {
		assertThrows(SafeOutput.Refused.class,
				() -> Exports.format("html").write(ExportRequest.of(resource), site, false));
		Exports.format("html").write(ExportRequest.of(resource), site, true);
		assertTrue(Files.exists(site.resolve("index.html")));
		Path own = Files.createDirectories(temporary.resolve("mine"));
		Files.writeString(own.resolve("thesis.txt"), "mine");
		assertThrows(SafeOutput.Refused.class, () -> Exports.format("html").write(ExportRequest.of(resource), own, true));
		assertEquals("mine", Files.readString(own.resolve("thesis.txt")));
		try (Stream<Path> left = Files.list(temporary)) {
			assertEquals(List.of("botkyrka-webbplats", "mine"), left.map(p -> p.getFileName().toString()).sorted().toList(),
					"no temporary folders are left");
		}
	}

	private static List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(site)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
