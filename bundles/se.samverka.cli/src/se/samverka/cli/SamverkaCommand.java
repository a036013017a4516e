/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import picocli.CommandLine.Command;

/** The top command: lists the sub-commands. */
@Command(name = "samverka", mixinStandardHelpOptions = true, version = "Samverka 0.1.0",
		subcommands = { ValidateCommand.class, FormatCommand.class, CheckReadinessCommand.class,
				DiagramCommand.class, ExportCommand.class, ImportCommand.class, NextYearCommand.class, LspCommand.class })
final class SamverkaCommand implements Runnable {

	@picocli.CommandLine.Spec
	private picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
