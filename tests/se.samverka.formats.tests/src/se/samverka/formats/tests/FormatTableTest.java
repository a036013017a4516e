/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.samverka.formats.ExportFormat;
import se.samverka.formats.Formats;
import se.samverka.formats.ImportFormat;

/** The tables of formats in docs/exchange.md name exactly the registered formats: a new format cannot go undocumented. */
class FormatTableTest {
	private static final Pattern ID = Pattern.compile("`([a-z]+)`");

	@Test
	void theExportTableNamesEveryRegisteredExportFormat() throws IOException {
		assertEquals(Formats.exports().stream().map(ExportFormat::id).collect(Collectors.toCollection(TreeSet::new)),
				idsOfTable("| export format |"));
	}

	@Test
	void theImportTableNamesEveryRegisteredImportFormat() throws IOException {
		assertEquals(Formats.imports().stream().map(ImportFormat::id).collect(Collectors.toCollection(TreeSet::new)),
				idsOfTable("| import format |"));
	}

	/** The ids in the first column of the table whose header starts so. */
	private static Set<String> idsOfTable(String header) throws IOException {
		List<String> lines = Files.readAllLines(exchangeDoc());
		int start = lines.indexOf(lines.stream().filter(line -> line.startsWith(header)).findFirst().orElse(null));
		assertFalse(start < 0, "docs/exchange.md has a table headed " + header);
		Set<String> ids = new TreeSet<>();
		// the header, the separator, then rows until the first line that is not one
		for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			String firstColumn = lines.get(i).split("\\|")[1];
			Matcher id = ID.matcher(firstColumn);
			while (id.find()) {
				ids.add(id.group(1));
			}
		}
		return ids;
	}

	private static Path exchangeDoc() {
		return Path.of(System.getProperty("samverka.examples", "../../examples")).toAbsolutePath().getParent()
				.resolve("docs/exchange.md");
	}
}
