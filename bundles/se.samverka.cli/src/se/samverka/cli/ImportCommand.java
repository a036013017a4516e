package se.samverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.samverka.dsl.workspace.AtomicFiles;
import se.samverka.exchange.ModelSet;
import se.samverka.exchange.ModelTexts;
import se.samverka.exchange.SafeOutput;
import se.samverka.reports.ImportFormat;

/**
 * {@code samverka import --format xmi|json FILE -o FOLDER}: models from an exchange file written
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

	enum Format {
		xmi, json, xlsx, csv, bra
	}

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	@Option(names = "--format", paramLabel = "xmi|json|xlsx|csv|bra", descriptionKey = "import.format", required = true)
	private Format format;

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
		ImportFormat importFormat = ImportFormat.valueOf(format.name().toUpperCase(Locale.ROOT));
		if (importFormat.updatesModel() ? into == null : folder == null) {
			err.println(CliTexts.get(importFormat.updatesModel() ? "import.needsInto" : "import.needsOutput", format));
			return Main.COULD_NOT_RUN;
		}
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (NoSuchFileException missing) {
			err.println(CliTexts.get("noSuchFile", file));
			return Main.COULD_NOT_RUN;
		}
		if (importFormat.updatesModel()) {
			return ModelFileUpdate.run(spec, into, agreement -> {
				try {
					return importFormat.update(agreement, content, file, year, LocalDate.now());
				} catch (ImportFormat.Refused refused) {
					throw new ModelFileUpdate.Refused(refused.getMessage());
				}
			});
		}
		List<ModelSet.Entry> models;
		try {
			models = importFormat.models(content, file);
		} catch (ImportFormat.Refused unreadable) {
			err.println(unreadable.getMessage());
			return Main.COULD_NOT_RUN;
		}
		Map<Path, String> files = new LinkedHashMap<>();
		try {
			for (var text : ModelTexts.of(models, new ModelLoading().injector()).entrySet()) {
				Path target = SafeOutput.inside(folder, text.getKey());
				SafeOutput.refuseExisting(target, force);
				files.put(target, text.getValue());
			}
		} catch (SafeOutput.Refused refused) {
			err.println("samverka: " + refused.getMessage());
			return Main.COULD_NOT_RUN;
		} catch (RuntimeException unserializable) {
			err.println(CliTexts.get("import.cannotWrite", file, String.valueOf(unserializable.getMessage())));
			return Main.COULD_NOT_RUN;
		}
		Files.createDirectories(folder);
		for (var entry : files.entrySet()) {
			AtomicFiles.write(entry.getKey(), entry.getValue().getBytes(StandardCharsets.UTF_8));
			spec.commandLine().getOut().println(CliTexts.get("import.written", entry.getKey()));
		}
		return Main.OK;
	}
}
