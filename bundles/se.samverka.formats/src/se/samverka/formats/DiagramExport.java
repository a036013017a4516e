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

	@Override
	public void write(ExportRequest request, Path target, boolean overwrite)
			throws IOException, NotExported, SafeOutput.Refused {
		writeDiagram(request, target, overwrite);
	}
}
