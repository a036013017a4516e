/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.workspace;

import java.nio.file.Path;

/**
 * One finding about a model file, located by line and column (1-based), as every face of
 * Samverka reports it: {@code file:line:column: severity: code: message}.
 */
public record Problem(Path file, int line, int column, Severity severity, String code, String message,
		String element) {

	public enum Severity {
		ERROR("error"), WARNING("warning"), INFO("info");

		private final String label;

		Severity(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The one-line form of the command line. */
	public String toLine() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + code + ": " + message;
	}
}
