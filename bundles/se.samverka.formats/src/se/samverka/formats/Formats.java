/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.util.List;
import java.util.Optional;

import se.samverka.actionplan.ActionPlanFormat;
import se.samverka.diagram.pipeline.DiagramFormat;
import se.samverka.reports.docx.WordRenderer;
import se.samverka.reports.pdf.PdfRenderer;

/**
 * The one list of the formats Samverka exports to and imports from, in the order they are offered.
 * A new format is one class, one line here, and its test; the command line ({@code --format}, its
 * help and completion), the wizards and the table in docs/exchange.md follow from this list.
 */
public final class Formats {
	private static final List<ExportFormat> EXPORTS = List.of(
			new DocumentExport("docx", WordRenderer::write),
			new DocumentExport("pdf", PdfRenderer::write),
			new DocumentExport("pdfa", "pdf", PdfRenderer::writeArchival),
			new PublicSiteExport(),
			new ActionPlanExport(ActionPlanFormat.XLSX),
			new ActionPlanExport(ActionPlanFormat.CSV),
			new XmiExport(),
			new JsonExport(),
			new OpenExchangeExport(),
			new DiagramExport(DiagramFormat.GRAPHML),
			new DiagramExport(DiagramFormat.DOT),
			new DiagramExport(DiagramFormat.SVG),
			new DiagramExport(DiagramFormat.PNG));

	private static final List<ImportFormat> IMPORTS = List.of(
			new XmiImport(),
			new JsonImport(),
			new ActionPlanImport(ActionPlanFormat.XLSX),
			new ActionPlanImport(ActionPlanFormat.CSV),
			new BraStatisticsImport());

	private Formats() {
	}

	public static List<ExportFormat> exports() {
		return EXPORTS;
	}

	public static List<ImportFormat> imports() {
		return IMPORTS;
	}

	/** The export format with the id, if there is one. */
	public static Optional<ExportFormat> export(String id) {
		return EXPORTS.stream().filter(format -> format.id().equals(id)).findFirst();
	}

	/** The import format with the id, if there is one. */
	public static Optional<ImportFormat> importFormat(String id) {
		return IMPORTS.stream().filter(format -> format.id().equals(id)).findFirst();
	}

	/** The import format a file's name suggests (the first whose extension it has), if any. */
	public static Optional<ImportFormat> importFormatOf(String fileName) {
		String name = fileName.toLowerCase(java.util.Locale.ROOT);
		return IMPORTS.stream().filter(format -> format.extensions().stream().anyMatch(ext -> name.endsWith("." + ext)))
				.findFirst();
	}
}
