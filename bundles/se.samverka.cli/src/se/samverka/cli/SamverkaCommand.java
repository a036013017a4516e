/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.util.List;

import picocli.CommandLine.Command;

/**
 * The top command: lists the sub-commands. They are added by {@link Main}, only those a command
 * line needs: picocli reads every option of every sub-command it is given, with reflection.
 */
@Command(name = "samverka", mixinStandardHelpOptions = true, version = "Samverka 0.1.0")
final class SamverkaCommand implements Runnable {

	/** The sub-commands, in the order the help lists them. */
	static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, FormatCommand.class,
			CheckReadinessCommand.class, DiagramCommand.class, ExportCommand.class, ImportCommand.class,
			NextYearCommand.class, LspCommand.class);

	/** A sub-command's name, as its {@code @Command} gives it. */
	static String name(Class<?> subcommand) {
		return subcommand.getAnnotation(Command.class).name();
	}

	/**
	 * The sub-commands a command line needs: the one it starts with, none for {@code --version}
	 * alone, all of them otherwise (the help lists them; a mistyped name is answered with the names
	 * that come close).
	 */
	static List<Class<?>> neededBy(String[] args) {
		if (args.length > 0) {
			for (Class<?> subcommand : SUBCOMMANDS) {
				if (name(subcommand).equals(args[0])) {
					return List.of(subcommand);
				}
			}
			if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
				return List.of();
			}
		}
		return SUBCOMMANDS;
	}

	@picocli.CommandLine.Spec
	private picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
