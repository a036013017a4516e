/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import se.samverka.formats.ExportRequest;
import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Model;

/**
 * Kungälv's promise of 2018–2019 and Göteborg Centrum's of 2017 on the public web site, checked
 * against the published documents: the promises numbered and in their own words (never by their
 * model names), who promises, goals and activities, and the published follow-up with value, status
 * in words and what was done, period by period; every page accessible (Swedish, one h1, headings
 * in order, table headers with their scope, status not by colour alone), and Chromium draws it.
 */
class PromiseSiteTest {
	private static final String KUNGALV_PERIOD = "oktober 2018 – oktober 2019";
	@TempDir
	static Path temporary;
	private static Path kungalv;
	private static Path centrum;
	private static Agreement kungalv2018;

	@BeforeAll
	static void writeSites() throws Exception {
		Resource resource = Examples.resource(Examples.KUNGALV_2018);
		kungalv2018 = ((Model) resource.getContents().get(0)).getAgreements().get(0);
		kungalv = temporary.resolve("kungalv");
		Exports.format("html").write(ExportRequest.of(resource), kungalv, false);
		centrum = temporary.resolve("centrum");
		Exports.format("html").write(ExportRequest.of(Examples.resource(Examples.GOTEBORG_CENTRUM)).withAgreement("Centrum2017"),
				centrum, false);
	}

	@Test
	void thePromisePageReadsLikeThePublishedPromise() throws Exception {
		Document page = page(kungalv.resolve("medborgarloften.html"));
		assertEquals(List.of("Medborgarlöftena"), texts(page, "h1"));
		assertEquals(List.of("Problemen som löftena svarar på", "Löfte 1", "Löfte 2", "Löfte 3", "Löfte 4", "Löfte 5"),
				texts(page, "h2"));
		String text = page.getDocumentElement().getTextContent();
		assertTrue(text.contains("Period: oktober 2018 – oktober 2019. Status: avslutad. Beslutat i oktober 2018."), text);
		for (CitizenPromise promise : kungalv2018.getPromises()) {
			assertTrue(text.contains(promise.getText()), promise.getName());
		}
		assertTrue(texts(page, "li").containsAll(List.of("Otrygghet vid Nordmannatorget och Komarken",
				"Trafiksäkerhet: fortkörning, trimmade mopeder och A-traktorer")), texts(page, "li").toString());
		assertFalse(text.contains("Otrygghet2018"), "a problem is shown by its words, not its model name");
		List<String> headings = new ArrayList<>(texts(page, "h2"));
		headings.addAll(texts(page, "h3"));
		for (CitizenPromise promise : kungalv2018.getPromises()) {
			assertFalse(headings.contains(promise.getName()), "a heading shows the model name " + promise.getName());
		}
		Element patrol = section(page, "lofte-2");
		String patrolText = patrol.getTextContent();
		assertTrue(patrolText.contains("Lokalpolisområde Storgöteborg Kungälv-Ale"), patrolText);
		assertTrue(patrolText.contains("Nordmannatorget, Komarken"), patrolText);
		assertTrue(patrolText.contains("Fotpatrullering: minst 200 tillfällen, mäts som tillfällen med fotpatrullering"), patrolText);
		assertEquals(List.of(KUNGALV_PERIOD, "Löftet", "minst 200 tillfällen", "genomfört (grönt)"),
				cells(patrol).subList(0, 4));
		assertTrue(patrolText.contains("Målet att fotpatrullera vid minst 200 tillfällen kan anses vara uppfyllt"), patrolText);
		assertTrue(patrolText.contains("Polis har ökat sin närvaro på Nordmannatorget och i Komarken"), patrolText);
		assertEquals("pågår (gult)", cells(section(page, "lofte-1")).get(3));
		Element environment = section(page, "lofte-3");
		assertTrue(environment.getTextContent().contains("Åtgärda belysning"), environment.getTextContent());
		assertTrue(environment.getTextContent().contains("Ingen uppföljning av löftet är publicerad ännu."));
		assertTrue(section(page, "lofte-4").getTextContent().contains("Hastighetskontroller (ansvar: Lokalpolisområde"));
	}

	@Test
	void theFollowUpPageShowsEachPeriodsOutcomesAndWhichPromisesHaveNone() throws Exception {
		Document kungalvPage = page(kungalv.resolve("uppfoljning.html"));
		assertEquals(List.of("Uppföljning " + KUNGALV_PERIOD), texts(kungalvPage, "h2"));
		assertEquals(2, kungalvPage.getElementsByTagName("tbody").item(0).getChildNodes().getLength());
		assertTrue(kungalvPage.getDocumentElement().getTextContent()
				.contains("Utan publicerad uppföljning för perioden: Löfte 3, Löfte 4, Löfte 5."));
		Document centrumPage = page(centrum.resolve("uppfoljning.html"));
		assertEquals(List.of("Uppföljning 2017"), texts(centrumPage, "h2"));
		List<String> cells = cells(centrumPage.getDocumentElement());
		assertEquals(List.of("Löfte 1", "Förstärkt polisiär närvaro i centrala delarna av staden under fredags- och lördagskvällar.",
				"", "genomfört (grönt)"), cells.subList(0, 4));
		assertTrue(cells.contains("minst 700 tillfällen"), cells.toString());
		assertTrue(cells.contains("6 insatser"), cells.toString());
		Document start = page(centrum.resolve("index.html"));
		assertTrue(texts(start, "h2").contains("Medborgarlöften"));
		assertTrue(start.getDocumentElement().getTextContent().contains("Lokalpolisområde Storgöteborg City lovar invånarna följande."), "the parties promise");
	}

	@Test
	void everyPageIsAccessible() throws Exception {
		for (Path site : List.of(kungalv, centrum)) {
			for (Path file : files(site)) {
				if (!file.toString().endsWith(".html")) {
					continue;
				}
				Document page = page(file);
				String name = site.getFileName() + "/" + file.getFileName();
				assertEquals("sv", page.getDocumentElement().getAttribute("lang"), name);
				assertEquals(1, page.getElementsByTagName("h1").getLength(), name);
				int level = 1;
				for (Element heading : headings(page.getDocumentElement(), new ArrayList<>())) {
					int next = heading.getTagName().charAt(1) - '0';
					assertTrue(next <= level + 1, name + ": " + heading.getTagName() + " '" + heading.getTextContent()
							+ "' follows an h" + level);
					level = next;
				}
				NodeList headers = page.getElementsByTagName("th");
				for (int i = 0; i < headers.getLength(); i++) {
					Element header = (Element) headers.item(i);
					String expected = header.getParentNode().getParentNode().getNodeName().equals("thead") ? "col" : "row";
					assertEquals(expected, header.getAttribute("scope"), name + ": " + header.getTextContent());
				}
				NodeList spans = page.getElementsByTagName("span");
				for (int i = 0; i < spans.getLength(); i++) {
					Element light = (Element) spans.item(i);
					if (light.getAttribute("class").startsWith("light")) {
						assertEquals("true", light.getAttribute("aria-hidden"), name);
						assertFalse(light.getParentNode().getTextContent().isBlank(), name + ": a status said in words");
					}
				}
				for (String link : attributes(page, "a", "href")) {
					if (!link.startsWith("http")) {
						String target = link.replaceFirst("#.*", "");
						assertTrue(Files.isRegularFile(site.resolve(target)), name + " links to " + link);
						if (link.contains("#")) {
							assertTrue(Files.readString(site.resolve(target)).contains("id=\"" + link.replaceFirst(".*#", "") + "\""),
									name + " links to " + link);
						}
					}
				}
			}
		}
	}

	@Test
	void chromiumDrawsThePromisePage() throws Exception {
		String dom = Chromium.dom(kungalv.resolve("medborgarloften.html"));
		assertTrue(dom.contains("<h2>Löfte 2</h2>"), dom);
		Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
		Path png = screenshots.resolve("promise-site.png");
		Chromium.screenshot(kungalv.resolve("medborgarloften.html"), png);
		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(0x12395c, image.getRGB(5, 5) & 0xffffff, "the style sheet is applied");
		Chromium.screenshot(centrum.resolve("uppfoljning.html"), screenshots.resolve("follow-up-site.png"));
	}

	private static Document page(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(file.toFile());
	}

	private static List<String> texts(Document page, String tag) {
		List<String> texts = new ArrayList<>();
		NodeList elements = page.getElementsByTagName(tag);
		for (int i = 0; i < elements.getLength(); i++) {
			texts.add(elements.item(i).getTextContent().strip());
		}
		return texts;
	}

	private static List<String> attributes(Document page, String tag, String attribute) {
		List<String> values = new ArrayList<>();
		NodeList elements = page.getElementsByTagName(tag);
		for (int i = 0; i < elements.getLength(); i++) {
			values.add(((Element) elements.item(i)).getAttribute(attribute));
		}
		return values;
	}

	private static Element section(Document page, String id) {
		NodeList sections = page.getElementsByTagName("section");
		for (int i = 0; i < sections.getLength(); i++) {
			if (((Element) sections.item(i)).getAttribute("id").equals(id)) {
				return (Element) sections.item(i);
			}
		}
		throw new AssertionError("no section " + id);
	}

	/** The texts of the body cells (th and td of tbody rows), in order. */
	private static List<String> cells(Element element) {
		List<String> cells = new ArrayList<>();
		NodeList rows = element.getElementsByTagName("tr");
		for (int i = 0; i < rows.getLength(); i++) {
			if (!rows.item(i).getParentNode().getNodeName().equals("tbody")) {
				continue;
			}
			for (Node cell = rows.item(i).getFirstChild(); cell != null; cell = cell.getNextSibling()) {
				cells.add(cell.getTextContent().strip());
			}
		}
		return cells;
	}

	private static List<Element> headings(Node node, List<Element> found) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				if (element.getTagName().matches("h[1-6]")) {
					found.add(element);
				}
				headings(element, found);
			}
		}
		return found;
	}

	private static List<Path> files(Path site) throws Exception {
		try (Stream<Path> files = Files.list(site)) {
			return files.sorted().toList();
		}
	}
}
