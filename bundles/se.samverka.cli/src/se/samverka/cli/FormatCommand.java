/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.samverka.dsl.workspace.AtomicFiles;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.ModelFormatter;

/**
 * {@code samverka format FILE…}: rewrites files in Samverka's one layout, or with {@code --check}
 * only says which files are not laid out so. A file with syntax errors is left untouched.
 */
@Command(name = "format", mixinStandardHelpOptions = true)
final class FormatCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	@Option(names = "--check", descriptionKey = "format.check")
	private boolean check;

	@Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "format.files")
	private List<Path> files;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ModelLoading loading = new ModelLoading();
		ModelFolder folder = loading.load(files, err);
		if (folder == null) {
			return Main.COULD_NOT_RUN;
		}
		ModelFormatter formatter = loading.injector().getInstance(ModelFormatter.class);
		int result = Main.OK;
		for (var entry : folder.requested().entrySet()) {
			Path file = entry.getKey();
			Resource resource = entry.getValue();
			if (!resource.getErrors().isEmpty()) {
				err.println(CliTexts.get("format.syntaxErrors", file));
				result = Main.COULD_NOT_RUN;
				continue;
			}
			String original = Files.readString(file, StandardCharsets.UTF_8);
			String formatted = formatter.format((XtextResource) resource);
			if (formatted.equals(original)) {
				continue;
			}
			if (check) {
				out.println(CliTexts.get("format.wouldChange", file));
				result = Math.max(result, Main.FINDINGS);
			} else {
				AtomicFiles.writeString(file, formatted);
				out.println(CliTexts.get("format.changed", file));
			}
		}
		return result;
	}
}
