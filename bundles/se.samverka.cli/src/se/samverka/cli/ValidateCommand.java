/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.util.CancelIndicator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;
import se.samverka.validation.Severities;

/**
 * {@code samverka validate FILE…}: loads the models (with the other .samverkan files of their
 * folders), runs all validation and prints one line per finding, at the severity the user chose
 * (the folder's samverka.properties, then {@code --severity}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	/** The two forms of output: one line per finding, or one JSON document. */
	enum Format {
		text, json
	}

	@Option(names = "--format", paramLabel = "text|json", descriptionKey = "validate.format", defaultValue = "text")
	private Format format;

	@Option(names = "--severity", paramLabel = "CODE=LEVEL", descriptionKey = "validate.severity")
	private List<String> severities = new ArrayList<>();

	@Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
	private List<Path> files;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Severities chosen;
		try {
			chosen = Severities.parse(severities);
		} catch (Severities.InvalidSettingsException invalid) {
			invalid.problems().forEach(problem -> err.println(CliTexts.get("severity.invalid", problem)));
			return Main.COULD_NOT_RUN;
		}
		if (!settingsAreUsable(err)) {
			return Main.COULD_NOT_RUN;
		}
		ModelFolder folder = new ModelLoading().load(files, Severities::none, chosen, err);
		if (folder == null) {
			return Main.COULD_NOT_RUN;
		}
		List<Problem> problems = new ArrayList<>();
		int suppressed = 0;
		for (Path file : folder.requested().keySet()) {
			List<Problem> found = new ArrayList<>(folder.validate(file, CancelIndicator.NullImpl));
			found.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
			problems.addAll(found);
			suppressed += folder.suppressedCount(file);
		}
		long errors = count(problems, Problem.Severity.ERROR);
		long warnings = count(problems, Problem.Severity.WARNING);
		long infos = count(problems, Problem.Severity.INFO);
		if (format == Format.json) {
			out.println(JsonReport.of(files.size(), errors, warnings, infos, suppressed, problems));
		} else {
			problems.forEach(problem -> out.println(problem.toLine()));
			err.println(CliTexts.get("summary", files.size(), errors, warnings, infos, suppressed));
		}
		return errors > 0 ? Main.FINDINGS : Main.OK;
	}

	/** The settings file of each folder the files are in: one that cannot be used stops the check, with its lines in error. */
	private boolean settingsAreUsable(PrintWriter err) {
		boolean usable = true;
		for (Path folder : files.stream().map(file -> file.toAbsolutePath().normalize().getParent()).distinct().toList()) {
			try {
				if (folder != null) {
					Severities.ofFolder(folder);
				}
			} catch (Severities.InvalidSettingsException invalid) {
				invalid.problems().forEach(problem -> err.println(CliTexts.get("settings.invalid", problem)));
				usable = false;
			}
		}
		return usable;
	}

	private static long count(List<Problem> problems, Problem.Severity severity) {
		return problems.stream().filter(p -> p.severity() == severity).count();
	}
}
