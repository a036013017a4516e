/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.samverka.actionplan.csv.ActionPlanCsv;
import se.samverka.actionplan.xlsx.ActionPlanWorkbook;
import se.samverka.model.Agreement;

/** The two spreadsheet formats of the action plan, out of the model and back into it. */
public enum ActionPlanFormat {
	XLSX, CSV;

	public byte[] write(Agreement agreement) throws IOException {
		List<Map<Column, String>> rows = ActionPlanTable.rows(agreement);
		return this == XLSX ? ActionPlanWorkbook.write(rows) : ActionPlanCsv.write(rows);
	}

	/** Reads the file and applies it to the agreement; returns the changes, or changes nothing and throws. */
	public List<String> update(Agreement agreement, byte[] content, LocalDate today) throws TableException {
		List<Map<Column, String>> rows = this == XLSX ? ActionPlanWorkbook.read(content) : ActionPlanCsv.read(content);
		return ActionPlanUpdate.apply(agreement, rows, today);
	}
}
