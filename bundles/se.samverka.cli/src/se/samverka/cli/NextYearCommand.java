/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.xtext.util.CancelIndicator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.samverka.dsl.cycle.NextYear;
import se.samverka.dsl.cycle.NextYearRefused;
import se.samverka.dsl.cycle.NextYearRequest;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;
import se.samverka.exchange.SafeOutput;
import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;

/**
 * {@code samverka next-year FILE}: starts next year's citizen promise from this year's, in a new
 * file beside it (see {@link NextYear}), never over a file without {@code --force}, and checks
 * the new file as {@code samverka validate} would.
 */
@Command(name = "next-year", mixinStandardHelpOptions = true)
final class NextYearCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	@Option(names = "--agreement", paramLabel = "NAME", descriptionKey = "nextYear.agreement")
	private String agreementName;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", descriptionKey = "nextYear.output")
	private Path output;

	@Option(names = "--force", descriptionKey = "export.force")
	private boolean force;

	@Option(names = "--name", paramLabel = "NAME", descriptionKey = "nextYear.name")
	private String name;

	@Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "nextYear.period")
	private String period;

	@Option(names = "--end", paramLabel = "PROMISE", split = ",", descriptionKey = "nextYear.end")
	private List<String> ended;

	@Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "nextYear.file")
	private Path file;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ModelLoading loading = new ModelLoading();
		ModelFolder folder = loading.loadParsed(List.of(file), err);
		if (folder == null) {
			return Main.COULD_NOT_RUN;
		}
		NextYear.Draft draft;
		try {
			Agreement current = NextYear.choose(folder.requested().get(file), agreementName);
			draft = loading.injector().getInstance(NextYear.class).draft(current,
					new NextYearRequest(agreementName, name, period, ended), file, output);
			SafeOutput.write(draft.file(), draft.text().getBytes(StandardCharsets.UTF_8), force);
		} catch (NextYearRefused refused) {
			err.println("samverka: " + refused.getMessage());
			refused.choices().forEach(choice -> err.println("  " + choice));
			switch (refused.reason()) {
			case NO_PERIOD, BAD_PERIOD -> err.println(CliTexts.get("nextYear.periodHint"));
			case NAME_TAKEN, BAD_NAME -> err.println(CliTexts.get("nextYear.nameHint"));
			case SEVERAL_AGREEMENTS, NO_SUCH_AGREEMENT -> err.println(CliTexts.get("nextYear.agreementHint"));
			case NO_SUCH_PROMISE -> err.println(CliTexts.get("nextYear.endHint"));
			default -> {
				// the message says all there is
			}
			}
			return Main.COULD_NOT_RUN;
		} catch (SafeOutput.Refused refused) {
			err.println("samverka: " + refused.getMessage());
			return Main.COULD_NOT_RUN;
		}
		Path written = shown(draft.file());
		out.println(CliTexts.get("nextYear.written", written, draft.plan().name(), draft.plan().current().getName()));
		out.println(CliTexts.get("nextYear.continuing", draft.plan().continuing().size(), names(draft.plan().continuing())));
		if (!draft.plan().ended().isEmpty()) {
			out.println(CliTexts.get("nextYear.ended", draft.plan().ended().size(), names(draft.plan().ended())));
		}
		return check(loading, written, err);
	}

	/** The new file checked with its folder, as {@code samverka validate} would: its findings, then the count. */
	private static int check(ModelLoading loading, Path written, PrintWriter err) {
		// the same injector as the draft's: one per command
		ModelFolder folder = loading.load(List.of(written), err);
		if (folder == null) {
			return Main.COULD_NOT_RUN;
		}
		List<Problem> problems = folder.validate(written, CancelIndicator.NullImpl);
		long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).forEach(p -> err.println(p.toLine()));
		long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		long infos = problems.size() - errors - warnings;
		err.println(CliTexts.get("summary", 1, errors, warnings, infos, folder.suppressedCount(written)));
		return errors == 0 ? Main.OK : Main.FINDINGS;
	}

	/** A path under the working folder as a relative one, the way the user typed the file. */
	private static Path shown(Path file) {
		Path here = Path.of("").toAbsolutePath();
		return file.startsWith(here) ? here.relativize(file) : file;
	}

	private static String names(List<CitizenPromise> promises) {
		return promises.stream().map(CitizenPromise::getName).collect(Collectors.joining(", "));
	}
}
