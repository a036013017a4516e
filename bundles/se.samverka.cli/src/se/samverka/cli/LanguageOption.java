/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import picocli.CommandLine.Option;

/** {@code --lang sv|en}, shared by every command; Main applies it before anything is printed. */
final class LanguageOption {
	@Option(names = "--lang", paramLabel = "sv|en", descriptionKey = "option.lang")
	String language;
}
