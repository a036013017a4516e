/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import java.nio.file.Path;

/** The example models of the repository. */
final class Examples {
	private Examples() {
	}

	static Path file(String path) {
		return Path.of(System.getProperty("samverka.examples", "../../examples")).toAbsolutePath().resolve(path);
	}
}
