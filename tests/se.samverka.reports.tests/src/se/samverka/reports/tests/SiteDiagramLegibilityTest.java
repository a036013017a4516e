/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.formats.ExportRequest;

/**
 * The site's diagrams as a reader sees them on a desktop screen (1280 pixels wide): Chromium lays out each
 * page that shows a diagram, the diagram is put in place of its picture at the size the picture is shown,
 * and every text is measured there. No text is smaller than 10 CSS pixels, no edge label covers a box's
 * title, and no text is cut short with "…".
 */
class SiteDiagramLegibilityTest {
	private static final int DESKTOP_WIDTH = 1280;
	private static final double SMALLEST_TEXT = 10;
	private static final Pattern IMAGE = Pattern.compile("<img [^>]*src=\"([^\"]+\\.svg)\"");
	private static final Pattern CONTENT_SECURITY = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*/>");
	private static final Pattern MEASURED = Pattern.compile("<pre id=\"measured\">(.*?)</pre>", Pattern.DOTALL);

	/**
	 * Runs in the page: swaps each diagram picture for the SVG itself at the picture's shown size, then
	 * reports one line per diagram and one per problem. Box titles are the first text of a node, edge
	 * labels the texts of an edge (the classes SvgWriter gives them).
	 */
	private static final String MEASURE = """
			const decode = b => new TextDecoder().decode(Uint8Array.from(atob(b), c => c.charCodeAt(0)));
			const lines = [];
			const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5
				&& Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
			for (const img of [...document.querySelectorAll('img')]) {
				const source = img.getAttribute('src');
				if (!(source in diagrams)) continue;
				const width = img.clientWidth, height = img.clientHeight;
				const svg = document.importNode(new DOMParser().parseFromString(decode(diagrams[source]), 'image/svg+xml').documentElement, true);
				svg.setAttribute('width', width);
				svg.setAttribute('height', height);
				svg.style.display = 'block';
				img.replaceWith(svg);
				const scale = svg.getScreenCTM().a;
				let smallest = Infinity, texts = 0;
				for (const text of svg.querySelectorAll('text')) {
					texts++;
					smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
					if (text.textContent.trim().endsWith('\\u2026')) lines.push('cut ' + source + ': ' + text.textContent);
				}
				lines.push('diagram ' + source + ' texts=' + texts + ' smallest=' + smallest.toFixed(2) + ' scale=' + scale.toFixed(3));
				const titles = [...svg.querySelectorAll('g.node')].map(g => g.querySelector('text')).filter(t => t);
				for (const label of svg.querySelectorAll('g.edge text')) {
					const box = label.getBoundingClientRect();
					for (const title of titles) {
						if (overlap(box, title.getBoundingClientRect())) {
							lines.push('overlap ' + source + ': "' + label.textContent + '" on "' + title.textContent + '"');
						}
					}
				}
			}
			const out = document.createElement('pre');
			out.id = 'measured';
			out.textContent = lines.join('\\n');
			document.body.append(out);
			""";

	@TempDir
	Path temporary;

	@Test
	void botkyrka() throws Exception {
		assertDiagramsLegible(Examples.BOTKYRKA);
	}

	@Test
	void jarva() throws Exception {
		assertDiagramsLegible(Examples.JARVA);
	}

	@Test
	void spangaTensta() throws Exception {
		assertDiagramsLegible(Examples.SPANGA_TENSTA);
	}

	@Test
	void kungalvsPromises() throws Exception {
		assertDiagramsLegible(Examples.KUNGALV_2020);
	}

	private void assertDiagramsLegible(String example) throws Exception {
		Path site = temporary.resolve("webbplats");
		Exports.format("html").write(ExportRequest.of(Examples.resource(example)), site, false);
		Path screenshots = Files.createDirectories(Path.of("target", "screenshots", "diagrams"));
		String name = Path.of(example).getFileName().toString().replace(".samverkan", "");
		List<String> problems = new ArrayList<>();
		int diagrams = 0;
		for (Path page : pages(site)) {
			String xhtml = Files.readString(page, StandardCharsets.UTF_8);
			List<String> shown = new ArrayList<>();
			Matcher image = IMAGE.matcher(xhtml);
			while (image.find()) {
				shown.add(image.group(1));
			}
			if (shown.isEmpty()) {
				continue;
			}
			Chromium.screenshot(page, screenshots.resolve(name + "-" + page.getFileName() + ".png"));
			Path measuring = site.resolve("matning-" + page.getFileName());
			// the copy drops the site's ban on scripts so that the measuring script may run; the layout is the page's
			String copy = CONTENT_SECURITY.matcher(xhtml).replaceFirst("").replace("</body>", script(site, shown) + "</body>");
			Files.writeString(measuring, copy, StandardCharsets.UTF_8);
			Matcher measured = MEASURED.matcher(Chromium.dom(measuring, DESKTOP_WIDTH, 900));
			assertTrue(measured.find(), page + " was measured");
			Files.delete(measuring);
			List<String> lines = measured.group(1).lines().toList();
			for (String line : lines) {
				if (line.startsWith("diagram ")) {
					diagrams++;
					Matcher numbers = Pattern.compile("texts=(\\d+) smallest=([0-9.]+)").matcher(line);
					assertTrue(numbers.find(), line);
					assertTrue(Integer.parseInt(numbers.group(1)) > 3, "the diagram has its texts: " + line);
					if (Double.parseDouble(numbers.group(2)) < SMALLEST_TEXT) {
						problems.add(page.getFileName() + ": text under " + SMALLEST_TEXT + " px: " + line);
					}
				} else {
					problems.add(page.getFileName() + ": " + line.replace("&quot;", "\"").replace("&amp;", "&"));
				}
			}
			assertEquals(shown.size(), lines.stream().filter(l -> l.startsWith("diagram ")).count(),
					"every diagram of " + page.getFileName() + " was measured: " + lines);
		}
		assertTrue(diagrams > 0, example + " shows a diagram on its site");
		assertFalse(!problems.isEmpty(), example + " at " + DESKTOP_WIDTH + " px:\n" + String.join("\n", problems));
	}

	/** The measuring script, with the page's diagrams carried inline since a page read from disk may not fetch files. */
	private static String script(Path site, List<String> shown) throws Exception {
		StringBuilder script = new StringBuilder("<script>//<![CDATA[\nconst diagrams = {");
		for (String file : shown) {
			script.append('"').append(file).append("\": \"")
					.append(Base64.getEncoder().encodeToString(Files.readAllBytes(site.resolve(file)))).append("\",");
		}
		return script.append("};\n").append(MEASURE).append("//]]>\n</script>").toString();
	}

	private static List<Path> pages(Path site) throws Exception {
		try (Stream<Path> files = Files.list(site)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
		}
	}
}
