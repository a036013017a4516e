/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.dsl.workspace.AtomicFiles;

/**
 * A process killed (SIGKILL) in the middle of a save leaves the file it was saving as it was:
 * Samverka's saves (format, exports, imports) write a temporary file beside it and rename it.
 */
class KillDuringSaveTest {
	@TempDir
	Path folder;

	@Test
	void killingTheProcessDuringASaveLeavesTheOriginalIntact() throws Exception {
		Path model = folder.resolve("underavtal.samverkan");
		Path examples = Path.of(System.getProperty("samverka.examples", "../../examples"));
		Files.copy(examples.resolve("botkyrka/underavtal.samverkan"), model);
		byte[] original = Files.readAllBytes(model);

		Process saving = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), SaveSlowly.class.getName(), model.toString()).inheritIO().start();
		try {
			Path temporary = waitForTemporaryFile(model);
			assertTrue(saving.isAlive(), "the save is still going on when it is killed");
			saving.destroyForcibly();
			assertTrue(saving.waitFor(30, TimeUnit.SECONDS));
			assertTrue(Files.size(temporary) > 0, "the kill came while the new content was being written");
		} finally {
			saving.destroyForcibly();
		}
		assertArrayEquals(original, Files.readAllBytes(model), "the original is intact");

		// and the next save, in a process that lives, replaces it whole
		AtomicFiles.writeString(model, "organisation Polisen \"Polisen\" {\n\ttyp polis\n}\n");
		assertEquals("organisation Polisen \"Polisen\" {\n\ttyp polis\n}\n", Files.readString(model));
	}

	private Path waitForTemporaryFile(Path model) throws IOException, InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			try (Stream<Path> files = Files.list(folder)) {
				List<Path> temporary = files.filter(f -> f.getFileName().toString().startsWith("." + model.getFileName())
						&& f.getFileName().toString().endsWith(".tmp")).toList();
				if (!temporary.isEmpty() && Files.size(temporary.get(0)) > 0) {
					return temporary.get(0);
				}
			}
			Thread.sleep(5);
		}
		throw new AssertionError("the save never began");
	}

	/** The process that is killed: it saves a very large text over the model, which takes a while. */
	public static final class SaveSlowly {
		public static void main(String[] args) throws IOException {
			String line = "// en rad av många, så att sparandet tar tid: å ä ö\n";
			AtomicFiles.writeString(Path.of(args[0]), line.repeat(200_000_000 / line.length()));
		}
	}
}
