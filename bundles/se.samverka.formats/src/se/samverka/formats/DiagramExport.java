/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.pipeline.DiagramFormat;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.diagram.pipeline.DiagramRequest;
import se.samverka.exchange.SafeOutput;

/**
 * One of the agreement's diagrams, drawn by the diagram pipeline in one of its formats. Both
 * {@code samverka export --format svg} and {@code samverka diagram} write through here, so they draw
 * alike and follow the same overwrite rule.
 */
public final class DiagramExport extends FileExport {
	private final DiagramFormat format;

	public DiagramExport(DiagramFormat format) {
		this.format = format;
	}

	@Override
	public String id() {
		return format.id();
	}

	@Override
	public List<String> extensions() {
		return List.of(format.extension());
	}

	@Override
	public Set<FormatOption> options() {
		return Set.of(FormatOption.VIEW);
	}

	/** The request's diagram, generated with the model's findings, filtered and laid out. */
	public Diagram draw(ExportRequest request) throws NotExported {
		return DiagramPipeline.laidOut(
				new DiagramRequest(request.agreement(), request.view(), request.filter(), request.findings()));
	}

	@Override
	public byte[] bytes(ExportRequest request) throws NotExported {
		return format.render(draw(request));
	}

	/** Writes the diagram, as {@link #write}, and returns it (the command line counts its boxes and lines). */
	public Diagram writeDiagram(ExportRequest request, Path target, boolean overwrite)
			throws IOException, NotExported, SafeOutput.Refused {
		SafeOutput.refuseExisting(target, overwrite);
		Diagram diagram = draw(request);
		SafeOutput.write(target, format.render(diagram), overwrite);
		return diagram;
	}

	/**
	 * The request's diagram split as it is printed when too large for one page (the governance chart:
	 * an overview and one page per area group, see {@link DiagramPipeline#pages}), each page written
	 * to its own file: the overview to the target, the others beside it, numbered
	 * ({@code styrning-1.svg}, {@code styrning-2.svg} …). No file is written if any of them exists
	 * without {@code overwrite}. Returns the pages with their files, in order.
	 */
	public java.util.Map<Path, Diagram> writePages(ExportRequest request, Path target, boolean overwrite)
			throws IOException, NotExported, SafeOutput.Refused {
		List<Diagram> pages = DiagramPipeline.pages(
				new DiagramRequest(request.agreement(), request.view(), request.filter(), request.findings()));
		java.util.Map<Path, Diagram> files = new java.util.LinkedHashMap<>();
		for (int index = 0; index < pages.size(); index++) {
			files.put(index == 0 ? target : numbered(target, index), pages.get(index));
		}
		for (Path file : files.keySet()) {
			SafeOutput.refuseExisting(file, overwrite);
		}
		for (var page : files.entrySet()) {
			SafeOutput.write(page.getKey(), format.render(page.getValue()), overwrite);
		}
		return files;
	}

	/** The file beside the target with a number before its extension: styrning.svg, 2 → styrning-2.svg. */
	private static Path numbered(Path target, int number) {
		String name = target.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String numbered = dot > 0 ? name.substring(0, dot) + "-" + number + name.substring(dot) : name + "-" + number;
		return target.resolveSibling(numbered);
	}

	@Override
	public void write(ExportRequest request, Path target, boolean overwrite)
			throws IOException, NotExported, SafeOutput.Refused {
		writeDiagram(request, target, overwrite);
	}
}
