/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.pipeline.DiagramFormat;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.diagram.pipeline.DiagramRequest;
import se.samverka.diagram.model.Diagram;
import se.samverka.model.Agreement;
import se.samverka.reports.Texts;
import se.samverka.validation.Finding;

/** The agreement's diagrams, laid out as in the workbench, as pictures with a heading each. */
final class DiagramPictures {
	private DiagramPictures() {
	}

	static void add(DocumentContent content, Agreement agreement, List<Finding> findings, DiagramView... views)
			throws IOException {
		for (DiagramView view : views) {
			Diagram diagram = DiagramPipeline.laidOut(new DiagramRequest(agreement, view, DiagramFilter.NONE, findings));
			if (diagram.nodes().isEmpty()) {
				continue;
			}
			byte[] png = DiagramFormat.PNG.render(diagram);
			var image = ImageIO.read(new ByteArrayInputStream(png));
			content.subheading(Texts.get("diagram." + view.name().toLowerCase(java.util.Locale.ROOT)));
			content.add(new Block.Picture(view.name().toLowerCase(java.util.Locale.ROOT) + ".png", png,
					image.getWidth(), image.getHeight()));
		}
	}
}
