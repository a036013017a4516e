/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import se.samverka.formats.ExportFormat;
import se.samverka.formats.FileExport;
import se.samverka.formats.Formats;

/** The registered export formats the document tests write through, as the command line and the wizard do. */
final class Exports {
	private Exports() {
	}

	static ExportFormat format(String id) {
		return Formats.export(id).orElseThrow();
	}

	static FileExport file(String id) {
		return (FileExport) format(id);
	}
}
