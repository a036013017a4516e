package se.samverka.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.samverka.dsl.workspace.AtomicFiles;
import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.ModelSet;
import se.samverka.exchange.ModelTexts;
import se.samverka.exchange.SafeOutput;
import se.samverka.exchange.json.JsonFormat;
import se.samverka.exchange.xmi.XmiFormat;
import se.samverka.model.Model;

/**
 * {@code samverka import --format xmi|json FILE -o FOLDER}: models from an exchange file written
 * back as .samverkan files in FOLDER. Every text is made before anything is written, existing
 * files are left alone without {@code --force}, and names from the file stay inside FOLDER.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

	enum Format {
		xmi, json
	}

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	@Option(names = "--format", paramLabel = "xmi|json", descriptionKey = "import.format", required = true)
	private Format format;

	@Option(names = { "-o", "--output" }, paramLabel = "FOLDER", descriptionKey = "import.output", required = true)
	private Path folder;

	@Option(names = "--force", descriptionKey = "export.force")
	private boolean force;

	@Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "import.file")
	private Path file;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		List<ModelSet.Entry> models;
		try (InputStream in = Files.newInputStream(file)) {
			models = switch (format) {
			case json -> JsonFormat.read(in);
			case xmi -> {
				List<ModelSet.Entry> entries = new ArrayList<>();
				for (Model model : XmiFormat.read(in)) {
					entries.add(new ModelSet.Entry(null, model));
				}
				yield entries;
			}
			};
		} catch (NoSuchFileException missing) {
			err.println(CliTexts.get("noSuchFile", file));
			return Main.COULD_NOT_RUN;
		} catch (ExchangeException unreadable) {
			err.println(unreadable.line() > 0 ? file + ":" + unreadable.line() + ":" + unreadable.column() + ": " + unreadable.getMessage()
					: file + ": " + unreadable.getMessage());
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
