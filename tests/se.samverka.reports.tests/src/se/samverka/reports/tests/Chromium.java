/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, as an independent reader of the web site: it parses a page as a
 * browser does, runs whatever scripts the page would run, and gives back the resulting DOM.
 */
final class Chromium {
	private static final Path BINARY = Path.of(System.getProperty("samverka.chromium", "/usr/bin/chromium"));

	private Chromium() {
	}

	/** The page's DOM after loading, as Chromium serialises it. */
	static String dom(Path page) throws IOException, InterruptedException {
		return new String(run(page, "--dump-dom"), StandardCharsets.UTF_8);
	}

	/** The page's DOM after loading in a window of the given size, so that scripts measure a desktop layout. */
	static String dom(Path page, int width, int height) throws IOException, InterruptedException {
		return new String(run(page, "--dump-dom", "--window-size=" + width + "," + height), StandardCharsets.UTF_8);
	}

	/** A screenshot of the page, 1280 pixels wide. */
	static void screenshot(Path page, Path png) throws IOException, InterruptedException {
		run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,1600", "--hide-scrollbars");
	}

	private static byte[] run(Path page, String... what) throws IOException, InterruptedException {
		assertTrue(Files.isExecutable(BINARY), "Debian's chromium is needed (apt-get install chromium): " + BINARY);
		Path profile = Files.createTempDirectory("chromium-profile");
		List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile));
		command.addAll(List.of(what));
		command.add(page.toAbsolutePath().toUri().toString());
		Process chromium = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		byte[] out = chromium.getInputStream().readAllBytes();
		assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "Chromium finishes");
		assertEquals(0, chromium.exitValue(), "Chromium's exit status");
		return out;
	}
}
