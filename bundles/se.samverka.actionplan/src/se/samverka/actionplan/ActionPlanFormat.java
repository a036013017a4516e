/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import se.samverka.actionplan.csv.ActionPlanCsv;
import se.samverka.actionplan.xlsx.ActionPlanWorkbook;
import se.samverka.model.Agreement;

/** The two spreadsheet formats of the action plan, out of the model and back into it. */
public enum ActionPlanFormat {
	XLSX, CSV;

	public byte[] write(Agreement agreement) throws IOException {
		ActionPlanSheet sheet = ActionPlanTable.sheet(agreement);
		return this == XLSX ? ActionPlanWorkbook.write(sheet) : ActionPlanCsv.write(sheet);
	}

	/** Reads the file and applies it to the agreement; returns the changes, or changes nothing and throws. */
	public List<String> update(Agreement agreement, byte[] content, LocalDate today) throws TableException {
		return ActionPlanUpdate.apply(agreement, read(content), today);
	}

	/** The file's sheet as read, not yet applied to a model. */
	public ActionPlanSheet read(byte[] content) throws TableException {
		return this == XLSX ? ActionPlanWorkbook.read(content) : ActionPlanCsv.read(content);
	}

	/**
	 * Of several agreements (a file may hold a series of promise documents), the one whose measures
	 * or promises the file's first row names; the first agreement when none is named.
	 */
	public static Agreement chosen(List<Agreement> agreements, ActionPlanSheet sheet) {
		String first = sheet.rows().isEmpty() ? "" : sheet.rows().get(0).cell(Column.MEASURE_ID).strip();
		return agreements.stream().filter(agreement -> agreement.getPromises().stream().anyMatch(p -> first.equals(p.getName()))
				|| agreement.getActionPlans().stream().flatMap(plan -> plan.getMeasures().stream())
						.anyMatch(m -> first.equals(m.getName()))).findFirst().orElse(agreements.get(0));
	}
}
