/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.samverka.cli.Main;

/**
 * The corpus of malformed files (src/test/resources/malformed): each, checked by
 * {@code samverka validate}, gives the diagnostic its .expected file names (file, line, column,
 * message) and exit status, and nothing a user should not see: no stack trace, no internal error,
 * no "null" for a missing name. Two more are made here because they are large: a 10 MB text and
 * blocks nested twenty thousand deep.
 */
class MalformedInputsTest {
	@TempDir
	Path folder;

	static Stream<String> corpus() throws IOException, URISyntaxException {
		Path malformed = Path.of(MalformedInputsTest.class.getResource("/malformed").toURI());
		try (Stream<Path> files = Files.list(malformed)) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".samverkan"))
					.map(name -> name.substring(0, name.length() - ".samverkan".length())).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void eachMalformedFileGetsItsDiagnostic(String name) throws IOException {
		Path file = folder.resolve(name + ".samverkan");
		try (InputStream in = MalformedInputsTest.class.getResourceAsStream("/malformed/" + name + ".samverkan")) {
			Files.copy(in, file);
		}
		List<String> expected;
		try (InputStream in = MalformedInputsTest.class.getResourceAsStream("/malformed/" + name + ".expected")) {
			expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		Run run = validate(file);
		for (String line : expected) {
			if (line.startsWith("status ")) {
				assertEquals(Integer.parseInt(line.substring("status ".length())), run.status, run.output);
			} else if (line.startsWith("absent ")) {
				String absent = line.substring("absent ".length()).replace("\\r", "\r");
				assertFalse(run.output.contains(absent), "'" + absent + "' in\n" + run.output);
			} else {
				assertTrue(run.output.lines().anyMatch(l -> l.equals(line.replace("FILE", file.toString()))),
						"expected\n" + line + "\nin\n" + run.output);
			}
		}
	}

	@Test
	void aTenMegabyteTextIsReadAndChecked() throws IOException {
		Path file = folder.resolve("stor.samverkan");
		String text = "Lång beskrivning med å, ä och ö. ".repeat(10 * 1024 * 1024 / 36);
		Files.writeString(file, "organisation Polisen \"Polisen\" {\n\ttyp polis\n\tbeskrivning \"" + text + "\"\n}\n");
		Run run = validate(file);
		assertEquals(0, run.status, run.output);
		assertTrue(run.output.contains("0 fel"), run.output);
	}

	@Test
	void blocksNestedTwentyThousandDeepGiveAMessageNotACrash() throws IOException {
		Path file = folder.resolve("djup.samverkan");
		int depth = 20_000;
		StringBuilder text = new StringBuilder("avtal Avtal {\n\ttyp underavtal\n");
		for (int i = 0; i < depth; i++) {
			text.append("organ O").append(i).append(" {\n");
		}
		text.append("}\n".repeat(depth)).append("}\n");
		Files.writeString(file, text);
		Run run = validate(file);
		assertTrue(run.status == 1 || run.status == 2, run.status + ": " + run.output);
		assertTrue(run.output.contains(file.toString()) || run.output.contains("för djupt nästlad"),
				"a finding in the file or the message that it is nested too deep:\n" + first(run.output));
	}

	private record Run(int status, String output) {
	}

	private static Run validate(Path file) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = Main.run(new String[] { "validate", file.toString() }, new PrintWriter(out, true),
				new PrintWriter(err, true));
		String output = out + "\n" + err;
		assertFalse(output.contains("\tat ") || output.contains("Exception"), "no stack trace:\n" + first(output));
		assertFalse(output.contains("oväntat fel"), "no internal error:\n" + first(output));
		return new Run(status, output);
	}

	private static String first(String output) {
		return output.length() > 2000 ? output.substring(0, 2000) + " …" : output;
	}
}
