/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.TypeConversionException;
import se.samverka.diagram.pipeline.DiagramFormat;
import se.samverka.formats.ExportFormat;
import se.samverka.formats.Formats;
import se.samverka.formats.ImportFormat;

/**
 * The {@code --format} choices of {@code export}, {@code import} and {@code diagram}, read from the
 * one list of formats ({@link Formats}) and the diagram renderers: their conversion, their completion
 * candidates, and the table of them under each command's help.
 */
final class FormatChoices {
	private FormatChoices() {
	}

	/** The diagram formats {@code samverka diagram} writes: every renderer that makes a file. */
	static List<DiagramFormat> diagramFormats() {
		return Arrays.stream(DiagramFormat.values()).filter(format -> format != DiagramFormat.SPROTTY).toList();
	}

	/** {@code export --format ID} → the registered export format. */
	static final class ExportConverter implements ITypeConverter<ExportFormat> {
		@Override
		public ExportFormat convert(String id) {
			return Formats.export(id).orElseThrow(() -> unknown(id, new ExportIds()));
		}
	}

	/** {@code import --format ID} → the registered import format. */
	static final class ImportConverter implements ITypeConverter<ImportFormat> {
		@Override
		public ImportFormat convert(String id) {
			return Formats.importFormat(id).orElseThrow(() -> unknown(id, new ImportIds()));
		}
	}

	/** {@code diagram --format ID} → the diagram renderer. */
	static final class DiagramConverter implements ITypeConverter<DiagramFormat> {
		@Override
		public DiagramFormat convert(String id) {
			return diagramFormats().stream().filter(format -> format.id().equals(id)).findFirst()
					.orElseThrow(() -> unknown(id, new DiagramIds()));
		}
	}

	static final class ExportIds implements Iterable<String> {
		@Override
		public Iterator<String> iterator() {
			return Formats.exports().stream().map(ExportFormat::id).iterator();
		}
	}

	static final class ImportIds implements Iterable<String> {
		@Override
		public Iterator<String> iterator() {
			return Formats.imports().stream().map(ImportFormat::id).iterator();
		}
	}

	static final class DiagramIds implements Iterable<String> {
		@Override
		public Iterator<String> iterator() {
			return diagramFormats().stream().map(DiagramFormat::id).iterator();
		}
	}

	private static TypeConversionException unknown(String id, Iterable<String> choices) {
		List<String> ids = new java.util.ArrayList<>();
		choices.forEach(ids::add);
		return new TypeConversionException(CliTexts.get("format.unknown", id, String.join(", ", ids)));
	}

	/**
	 * Puts the table of formats, id and name in the user's language, under the help of export and
	 * import. The table is made when the help is shown: listing the formats loads every writer, which
	 * no other run of the command line needs at start.
	 */
	static void describe(CommandLine samverka) {
		footer(samverka.getSubcommands().get("export"), () -> Formats.exports().stream()
				.map(format -> row(format.id(), format.label())).collect(Collectors.toList()));
		footer(samverka.getSubcommands().get("import"), () -> Formats.imports().stream()
				.map(format -> row(format.id(), format.label())).collect(Collectors.toList()));
	}

	private static void footer(CommandLine command, Supplier<List<String>> rows) {
		if (command == null) {
			return; // not part of this command line (Main adds only the sub-commands it needs)
		}
		command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
			List<String> lines = new java.util.ArrayList<>();
			lines.add(CliTexts.get("formats.heading"));
			lines.addAll(rows.get());
			help.commandSpec().usageMessage().footer(lines.toArray(String[]::new));
			return help.footer();
		});
	}

	private static String row(String id, String label) {
		// the footer is a format string: a % in a name must stay a %
		return String.format("  %-8s %s", id, label).replace("%", "%%");
	}
}
