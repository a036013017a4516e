/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import se.samverka.exchange.SafeOutput;

/**
 * A format Samverka exports to: the id a user types ({@code export --format ID}), its name in the
 * user's language, its file name extensions, the options it takes, and the code that writes it.
 * Registered in {@link Formats}; the command line, the export wizard and the docs' table all read
 * the list there.
 */
public interface ExportFormat {

	/** The id the user picks the format by: "docx", "svg" … */
	String id();

	/** The format's name in the user's language (key {@code export.ID} in messages.properties). */
	default String label() {
		return FormatTexts.get("export." + id());
	}

	/** The file name extensions, the usual one first; none for a format that writes a folder. */
	List<String> extensions();

	/** The options besides the format that this format takes. */
	default Set<FormatOption> options() {
		return Set.of();
	}

	/** Whether the export is a folder of files rather than one file. */
	default boolean isFolder() {
		return false;
	}

	/**
	 * Writes the request's model to the target file or folder: never over an existing one unless
	 * {@code overwrite}, whole or not at all.
	 */
	void write(ExportRequest request, Path target, boolean overwrite)
			throws IOException, NotExported, SafeOutput.Refused;
}
