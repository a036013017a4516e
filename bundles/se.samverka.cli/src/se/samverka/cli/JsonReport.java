/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import se.samverka.dsl.workspace.Problem;

/**
 * The JSON form of {@code samverka validate --format json}: the counts, then one object per
 * finding with code, severity, message, file, line, column and the element's qualified name.
 */
final class JsonReport {
	private JsonReport() {
	}

	static String of(int files, long errors, long warnings, long infos, int suppressed, List<Problem> problems) {
		JsonObject report = new JsonObject();
		report.addProperty("files", files);
		report.addProperty("errors", errors);
		report.addProperty("warnings", warnings);
		report.addProperty("infos", infos);
		report.addProperty("suppressed", suppressed);
		JsonArray findings = new JsonArray();
		for (Problem problem : problems) {
			JsonObject finding = new JsonObject();
			finding.addProperty("code", problem.code());
			finding.addProperty("severity", problem.severity().label());
			finding.addProperty("message", problem.message());
			finding.addProperty("file", problem.file().toString());
			finding.addProperty("line", problem.line());
			finding.addProperty("column", problem.column());
			finding.addProperty("element", problem.element());
			findings.add(finding);
		}
		report.add("findings", findings);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(report);
	}
}
