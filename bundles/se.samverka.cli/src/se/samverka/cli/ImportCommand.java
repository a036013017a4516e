/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.exchange.ModelUpdate;
import se.samverka.exchange.SafeOutput;
import se.samverka.formats.Formats;
import se.samverka.formats.ImportFormat;
import se.samverka.formats.ModelImport;

/**
 * {@code samverka import --format ID FILE}, ID one of the import formats of {@link Formats}.
 *
 * <p>{@code samverka import --format xmi|json FILE -o FOLDER}: models from an exchange file written
 * back as .samverkan files in FOLDER. Every text is made before anything is written, existing
 * files are left alone without {@code --force}, and names from the file stay inside FOLDER.
 *
 * <p>{@code samverka import --format xlsx|csv|bra FILE --into MODEL [--year YYYY]}: an edited action
 * plan spreadsheet, or Brå's statistics (the yearly file per municipality, or an export from Brå's
 * statistics database), applied to the agreement of MODEL, each change printed; a file that cannot be
 * applied is refused with its place, and MODEL is then left as it was.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	@Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "import.format", required = true,
			converter = FormatChoices.ImportConverter.class, completionCandidates = FormatChoices.ImportIds.class)
	private ImportFormat format;

	@Option(names = { "-o", "--output" }, paramLabel = "FOLDER", descriptionKey = "import.output")
	private Path folder;

	@Option(names = "--into", paramLabel = "MODEL", descriptionKey = "import.into")
	private Path into;

	@Option(names = "--year", paramLabel = "YYYY", descriptionKey = "import.year")
	private Integer year;

	@Option(names = "--force", descriptionKey = "export.force")
	private boolean force;

	@Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "import.file")
	private Path file;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		ImportFormat importFormat = format;
		if (importFormat.updatesModel() ? into == null : folder == null) {
			err.println(CliTexts.get(importFormat.updatesModel() ? "import.needsInto" : "import.needsOutput", format.id()));
			return Main.COULD_NOT_RUN;
		}
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (NoSuchFileException missing) {
			err.println(CliTexts.get("noSuchFile", file));
			return Main.COULD_NOT_RUN;
		}
		try {
			return importFormat instanceof ImportFormat.ModelUpdate changing ? update(changing, content)
					: newModels((ImportFormat.NewModels) importFormat, content);
		} catch (ImportFormat.Refused refused) {
			err.println(refused.getMessage());
			if (importFormat.updatesModel()) {
				err.println(CliTexts.get("import.unchanged", into));
			}
			return Main.COULD_NOT_RUN;
		} catch (SafeOutput.Refused refused) {
			err.println("samverka: " + refused.getMessage());
			return Main.COULD_NOT_RUN;
		}
	}

	/** A spreadsheet or statistics file applied to the model file, rewritten whole if the model changed. */
	private int update(ImportFormat.ModelUpdate importFormat, byte[] content) throws IOException, ImportFormat.Refused {
		ModelLoading loading = new ModelLoading();
		ModelFolder models = loading.loadParsed(List.of(into), spec.commandLine().getErr());
		if (models == null) {
			return Main.COULD_NOT_RUN;
		}
		ModelImport.Update update = ModelImport.update(importFormat, models.requested().get(into), content, file, year,
				LocalDate.now(), loading.injector());
		PrintWriter out = spec.commandLine().getOut();
		update.changes().forEach(out::println);
		if (update.text() == null) {
			out.println(CliTexts.get("import.noChanges", into));
		} else {
			ModelUpdate.write(into, update.text());
			out.println(CliTexts.get("import.updated", into));
		}
		return Main.OK;
	}

	/** The models of an XMI or JSON file written as .samverkan files in the folder. */
	private int newModels(ImportFormat.NewModels importFormat, byte[] content)
			throws IOException, ImportFormat.Refused, SafeOutput.Refused {
		Map<Path, String> files = ModelImport.newModels(importFormat, content, file, folder, force,
				new ModelLoading().injector());
		ModelImport.write(files);
		files.keySet().forEach(written -> spec.commandLine().getOut().println(CliTexts.get("import.written", written)));
		return Main.OK;
	}
}
