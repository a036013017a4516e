/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every page of every example's web site, as a visitor's browser shows it: site-check/check-site.mjs
 * opens each in Debian's headless Chromium and runs axe-core's WCAG 2.1 A and AA rules on it, and
 * follows every link, picture and style sheet inside the site. Zero violations and no broken link;
 * a failure lists each violation with its page, axe-core's rule and the element.
 */
class SiteAccessibilityTest {
	private static final Path SITE_CHECK = Path.of(System.getProperty("samverka.siteCheck", "site-check"));

	@Test
	void everyPageOfEverySiteMeetsWcag21AAndAaAndEveryLinkLeadsSomewhere() throws Exception {
		Path output = ExampleExports.output("html");
		List<ExampleExports.Export> sites = ExampleExports.write("html", output);
		long pages = 0;
		for (ExampleExports.Export site : sites) {
			try (Stream<Path> files = Files.walk(site.path())) {
				pages += files.filter(file -> file.toString().endsWith(".html")).count();
			}
		}
		List<String> command = new ArrayList<>(List.of("node", SITE_CHECK.resolve("check-site.mjs").toString()));
		sites.forEach(site -> command.add(site.path().toString()));
		Process check = new ProcessBuilder(command).directory(output.toFile()).redirectErrorStream(true).start();
		String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(check.waitFor(5, TimeUnit.MINUTES), "the check finishes");
		assertTrue(report.contains("checked " + pages + " pages"), "every one of the " + pages + " pages is checked:\n" + report);
		assertEquals(0, check.exitValue(), "axe-core (WCAG 2.1 A, AA) and the links, page by page:\n" + report);
	}
}
