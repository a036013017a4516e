/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.samverka.exchange.SafeOutput;
import se.samverka.reports.html.PublicSite;

/** The web site for the public, a folder of pages: only over a folder Samverka wrote, and only with leave to. */
public final class PublicSiteExport implements ExportFormat {

	@Override
	public String id() {
		return "html";
	}

	@Override
	public List<String> extensions() {
		return List.of();
	}

	@Override
	public boolean isFolder() {
		return true;
	}

	@Override
	public void write(ExportRequest request, Path target, boolean overwrite)
			throws IOException, NotExported, SafeOutput.Refused {
		SafeOutput.refuseExisting(target, overwrite, true);
		SafeOutput.writeFolder(target, PublicSite.of(request.agreement()), overwrite);
	}
}
