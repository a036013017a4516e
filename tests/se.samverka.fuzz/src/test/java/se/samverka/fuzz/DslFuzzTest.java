/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.inject.Injector;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;

/**
 * Any bytes as a .samverkan file, beside Botkyrka's organisations so that names can link: loading
 * and validating never throw (bytes that are not UTF-8 are the one refusal, with line and column),
 * and every finding has a place in the file and a message. Seeds: the three examples.
 */
class DslFuzzTest {
	private static final Injector LANGUAGE = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration();
	private static Path folder;

	@FuzzTest(maxDuration = "60s")
	void aModelFileNeverBreaksLoadingOrValidation(byte[] content) throws IOException {
		check(content);
	}

	/** Entry point for fuzz/run (Jazzer's command line), which fuzzes for as long as asked. */
	public static void fuzzerTestOneInput(byte[] content) throws IOException {
		check(content);
	}

	private static void check(byte[] content) throws IOException {
		Path file = folder().resolve("fuzz.samverkan");
		Files.write(file, content);
		ModelFolder models = LANGUAGE.getInstance(ModelFolder.class);
		try {
			models.load(List.of(file));
		} catch (ModelFolder.NotUtf8Exception notText) {
			assertTrue(notText.line() >= 1 && notText.column() >= 1, "a place for the bad byte");
			return;
		} catch (ModelFolder.MissingFileException impossible) {
			throw new AssertionError("the file was just written", impossible);
		}
		for (Problem problem : models.validate(file, CancelIndicator.NullImpl)) {
			assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.toLine());
			assertTrue(problem.message() != null && !problem.message().isBlank(), problem.toLine());
		}
	}

	private static synchronized Path folder() throws IOException {
		if (folder == null) {
			folder = Files.createTempDirectory("samverka-fuzz");
			Path examples = Path.of(System.getProperty("samverka.examples", "../../examples"));
			Files.copy(examples.resolve("botkyrka/organisationer.samverkan"), folder.resolve("organisationer.samverkan"));
		}
		return folder;
	}
}
