/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import se.samverka.actionplan.ActionPlanFormat;
import se.samverka.actionplan.TableException;
import se.samverka.model.Agreement;

/** An edited action plan, as an Excel workbook or CSV, applied to the agreement; one that cannot be mapped changes nothing. */
public final class ActionPlanImport implements ImportFormat.ModelUpdate {
	private final ActionPlanFormat format;

	public ActionPlanImport(ActionPlanFormat format) {
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
	public List<String> update(Agreement agreement, byte[] content, Path file, Integer year, LocalDate today)
			throws Refused {
		try {
			return format.update(agreement, content, today);
		} catch (TableException unmappable) {
			throw new Refused(file + ": " + unmappable.getMessage());
		}
	}

	/** The agreement whose measures or promises the sheet names: a file may hold a series of promise documents. */
	@Override
	public Agreement agreement(List<Agreement> agreements, byte[] content) {
		try {
			return ActionPlanFormat.chosen(agreements, format.read(content));
		} catch (TableException unreadable) {
			// the update reads the file again and reports the problem with its place
			return agreements.get(0);
		}
	}
}
