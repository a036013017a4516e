/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import se.samverka.bench.LanguageServerDriver.Diagnostics;

/**
 * Typing into a large file, as the workbench's editor does it: Samverka's language server in
 * process, the file opened with {@code didOpen}, then each keystroke sent as the editor sends it
 * (the whole text, a new version) and the time taken until the server publishes the file's
 * diagnostics, which the editor turns into markers. Two kinds of keystroke: a letter typed into
 * a text (the file stays well formed) and a keyword half typed on a line of its own ("s", "st",
 * "sty"), which the parser's line skipping reads again. Medians of repeated keystrokes after
 * warm-up, with the peak heap (garbage not yet collected included) and the heap live after a GC.
 * Usage: bench/run typing [LINES] [--folder N]
 */
public final class TypingBenchmark {
	private static final long SEED = 2026;
	private static final int WARM_UP = 15;
	private static final int KEYSTROKES = 30;
	/** A keyword half typed, a letter at a time, on a line of its own. */
	private static final String BROKEN_WORD = "sty";

	private TypingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int lines = 10_000;
		int folderSize = 0;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--folder")) {
				folderSize = Integer.parseInt(args[++i]);
			} else {
				lines = Integer.parseInt(args[i]);
			}
		}
		Path work = Files.createTempDirectory("samverka-typing");
		System.out.printf(Locale.ROOT, "%-40s %8s %8s %8s %8s %8s %8s%n", "keystroke", "lines", "markers", "open ms",
				"median", "min", "max");
		run(oneLargeFile(work.resolve("large"), lines));
		if (folderSize > 0) {
			List<Path> files = SyntheticModels.write(work.resolve("folder"), folderSize, SEED);
			run(new Scenario(files.get(0).getParent(), files.get(0), "one of " + folderSize + " municipalities"));
		}
		// the written models are tens of megabytes at N = 290
		try (var written = Files.walk(work)) {
			for (Path path : written.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** A folder to open a file of, and the file. */
	private record Scenario(Path folder, Path file, String name) {
	}

	/**
	 * One file of at least {@code lines} lines: the agreements and citizen promises of as many
	 * synthetic municipalities as it takes, with the organisations, people and areas they refer
	 * to in a second file beside it (as Botkyrka's organisationer.samverkan).
	 */
	private static Scenario oneLargeFile(Path folder, int lines) throws Exception {
		Files.createDirectories(folder);
		StringBuilder agreements = new StringBuilder();
		StringBuilder organisations = new StringBuilder();
		for (int i = 1; agreements.chars().filter(c -> c == '\n').count() < lines; i++) {
			String municipality = SyntheticModels.municipality(i, new Random(SEED * 1_000 + i));
			int agreement = municipality.indexOf("avtal Avtal");
			organisations.append(municipality, 0, agreement);
			agreements.append(municipality, agreement, municipality.length()).append('\n');
		}
		Files.writeString(folder.resolve("organisationer.samverkan"), organisations, StandardCharsets.UTF_8);
		Path file = folder.resolve("avtal.samverkan");
		Files.writeString(file, agreements, StandardCharsets.UTF_8);
		return new Scenario(folder, file, "one large file");
	}

	private static void run(Scenario scenario) throws Exception {
		String text = Files.readString(scenario.file(), StandardCharsets.UTF_8);
		long lines = text.chars().filter(c -> c == '\n').count();
		System.gc();
		HeapPeaks.reset();
		try (LanguageServerDriver server = LanguageServerDriver.start(scenario.folder())) {
			String uri = scenario.file().toUri().toString();
			// the opening as a user sees it: the server has indexed the folder already
			long start = System.nanoTime();
			Diagnostics opened = server.open(uri, text);
			long openMillis = (System.nanoTime() - start) / 1_000_000;

			// a letter typed into the steering group's mandate of the agreement in the middle of the file
			String mandate = "mandat \"Beslutar.";
			int letters = text.indexOf(mandate, text.length() / 2) + mandate.length() - 1;
			long[] harmless = new long[KEYSTROKES];
			Diagnostics last = opened;
			for (int i = -WARM_UP; i < KEYSTROKES; i++) {
				text = text.substring(0, letters) + (char) ('a' + (i + WARM_UP) % 26) + text.substring(letters);
				letters++;
				start = System.nanoTime();
				last = server.change(uri, text);
				if (i >= 0) {
					harmless[i] = (System.nanoTime() - start) / 1_000_000;
				}
			}
			report(scenario.name() + ": a letter", lines, last.count(), openMillis, harmless);

			// "sty" typed on a new line after the mandate, a letter at a time, then the line taken away again
			int lineStart = text.indexOf('\n', letters) + 1;
			String indent = "\t\t";
			List<Long> broken = new ArrayList<>();
			int rounds = (WARM_UP + KEYSTROKES) / BROKEN_WORD.length();
			for (int round = 0; round < rounds; round++) {
				for (int typed = 1; typed <= BROKEN_WORD.length(); typed++) {
					String withLine = text.substring(0, lineStart) + indent + BROKEN_WORD.substring(0, typed) + "\n"
							+ text.substring(lineStart);
					start = System.nanoTime();
					last = server.change(uri, withLine);
					if (round * BROKEN_WORD.length() >= WARM_UP) {
						broken.add((System.nanoTime() - start) / 1_000_000);
					}
				}
				int markers = last.count();
				server.change(uri, text);
				if (round == rounds - 1) {
					report(scenario.name() + ": \"" + BROKEN_WORD + "\" on a new line", lines, markers, openMillis,
							broken.stream().mapToLong(Long::longValue).toArray());
				}
			}
			long peak = HeapPeaks.megabytes();
			System.gc();
			Runtime heap = Runtime.getRuntime();
			System.out.printf(Locale.ROOT, "  heap from the server's start to the last keystroke: %d MB peak, %d MB live after a GC%n",
					peak, (heap.totalMemory() - heap.freeMemory()) / (1024 * 1024));
		}
	}

	private static void report(String name, long lines, int markers, long openMillis, long[] millis) {
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "%-40s %8d %8d %8d %8d %8d %8d%n", name, lines, markers, openMillis,
				sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
	}
}
