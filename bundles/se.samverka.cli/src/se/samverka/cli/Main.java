/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

import picocli.CommandLine;
import se.samverka.model.nls.Language;

/**
 * {@code ./samverka}: the headless face of Samverka. It runs on a plain class path (no OSGi
 * start-up) with the same runtime bundles as the workbench.
 */
public final class Main {
	/** No error found. */
	public static final int OK = 0;
	/** The models have errors. */
	public static final int FINDINGS = 1;
	/** Samverka could not do what was asked: a missing file, bad arguments, unreadable input. */
	public static final int COULD_NOT_RUN = 2;

	private Main() {
	}

	/** Deeply nested files are parsed recursively: the work runs on a thread with room for that. */
	private static final long STACK_BYTES = 512L * 1024 * 1024;

	public static void main(String[] args) throws InterruptedException {
		// POI logs through Log4j's API; without a logging back end it would complain on every run
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
		// Guice would generate a class for each injected type (a "fast class"): making them costs a
		// command more than reflection does in one run, and generated classes cannot be in the
		// JVM's ahead-of-time cache
		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		int[] status = { COULD_NOT_RUN };
		Thread worker = new Thread(null, () -> status[0] = run(args,
				new PrintWriter(System.out, true, StandardCharsets.UTF_8),
				new PrintWriter(System.err, true, StandardCharsets.UTF_8)), "samverka", STACK_BYTES);
		worker.start();
		worker.join();
		System.exit(status[0]);
	}

	/**
	 * Runs one command line; the streams are parameters so tests can read what a user would see.
	 * A --lang holds for this run only: the language before it is restored afterwards.
	 */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		Locale before = Language.current();
		try {
			return runIn(languageOption(args), args, out, err);
		} finally {
			Language.use(before);
		}
	}

	private static int runIn(Locale asked, String[] args, PrintWriter out, PrintWriter err) {
		if (asked != null) {
			Language.use(asked);
		}
		CommandLine commandLine = new CommandLine(new SamverkaCommand());
		SamverkaCommand.neededBy(args).forEach(commandLine::addSubcommand);
		// set here rather than in @Command: under OSGi only this bundle can see its properties
		commandLine.setResourceBundle(ResourceBundle.getBundle("se.samverka.cli.messages", Language.current(),
				Main.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setParameterExceptionHandler(new ParameterErrors());
		FormatChoices.describe(commandLine);
		// picocli already exits with 2 (ExitCode.USAGE) on invalid input, as COULD_NOT_RUN asks
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
			// never a stack trace: say what failed, in the user's language
			if (exception instanceof java.nio.file.NoSuchFileException missing) {
				err.println(CliTexts.get("noSuchFolder", missing.getFile()));
			} else if (exception instanceof java.nio.file.AccessDeniedException denied) {
				err.println(CliTexts.get("accessDenied", denied.getFile()));
			} else {
				err.println(CliTexts.get("internalError", String.valueOf(exception.getMessage())));
			}
			return COULD_NOT_RUN;
		});
		return commandLine.execute(args);
	}

	/** --lang must take effect before the help texts are read, so it is looked for first. */
	private static Locale languageOption(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--lang") && i + 1 < args.length) {
				return Language.parse(args[i + 1]);
			}
			if (args[i].startsWith("--lang=")) {
				return Language.parse(args[i].substring("--lang=".length()));
			}
		}
		return null;
	}
}
