/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import se.samverka.actionplan.ActionPlanFormat;

/** The action plan with the national model's columns, as an Excel workbook or CSV. */
public final class ActionPlanExport extends FileExport {
	private final ActionPlanFormat format;

	public ActionPlanExport(ActionPlanFormat format) {
		this.format = format;
	}

	@Override
	public String id() {
		return format.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public List<String> extensions() {
		return List.of(id());
	}

	@Override
	public byte[] bytes(ExportRequest request) throws IOException, NotExported {
		return format.write(request.agreement());
	}
}
