/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.io.IOException;
import java.nio.file.Path;

import se.samverka.exchange.SafeOutput;

/** An export that writes one file: its bytes are made first, then written whole, never over a file without asking. */
public abstract class FileExport implements ExportFormat {

	/** The file's content. */
	public abstract byte[] bytes(ExportRequest request) throws IOException, NotExported;

	@Override
	public void write(ExportRequest request, Path target, boolean overwrite)
			throws IOException, NotExported, SafeOutput.Refused {
		SafeOutput.refuseExisting(target, overwrite);
		SafeOutput.write(target, bytes(request), overwrite);
	}
}
