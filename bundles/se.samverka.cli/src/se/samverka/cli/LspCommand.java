/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.samverka.dsl.ide.server.SamverkaLanguageServer;

/**
 * {@code samverka lsp}: the language server for editors (VS Code, Neovim, Emacs, …), speaking
 * LSP over standard input and output until the editor closes the input or sends {@code exit}.
 * Standard output carries the protocol alone: whatever else would be printed there (Xtext's log,
 * a stray {@code System.out}) goes to standard error.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true)
final class LspCommand implements Callable<Integer> {

	@Mixin
	private LanguageOption language;

	@Override
	public Integer call() throws Exception {
		PrintStream protocol = System.out;
		InputStream requests = System.in;
		System.setOut(System.err);
		logToStandardError();
		try {
			SamverkaLanguageServer.serve(requests, protocol, true).get();
		} finally {
			System.setOut(protocol);
		}
		return Main.OK;
	}

	/** Xtext's log4j.properties logs to standard output: the protocol's stream. */
	private static void logToStandardError() {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.addAppender(new ConsoleAppender(new PatternLayout("samverka lsp: %-5p %c{1} - %m%n"),
				ConsoleAppender.SYSTEM_ERR));
	}
}
