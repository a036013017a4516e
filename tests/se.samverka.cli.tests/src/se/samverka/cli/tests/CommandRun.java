/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import se.samverka.cli.Main;

/** One run of the command line as a user sees it: exit status, standard output, standard error. */
record CommandRun(int status, String out, String err) {

	static CommandRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new CommandRun(status, out.toString(), err.toString());
	}
}
