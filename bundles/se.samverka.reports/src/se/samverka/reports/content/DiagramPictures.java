/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import se.samverka.diagram.generation.DiagramDescription;
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

	/**
	 * Adds a picture of each view, drawn as SVG and PNG and described in words. A printed copy carries no
	 * validation findings: they are for the people who write the agreement, not for those who sign or read
	 * it; a review copy shows them. A governance chart too large to be read on one A4 page is printed as an
	 * overview and one page per area group.
	 */
	static void add(DocumentContent content, Agreement agreement, List<Finding> findings, DiagramView... views)
			throws IOException {
		List<Finding> shown = content.isReviewCopy() ? findings : List.of();
		for (DiagramView view : views) {
			List<Diagram> pages = DiagramPipeline.printed(new DiagramRequest(agreement, view, DiagramFilter.NONE, shown));
			if (pages.get(0).nodes().isEmpty()) {
				continue;
			}
			String name = view.name().toLowerCase(Locale.ROOT);
			String heading = Texts.get("diagram." + name);
			for (int index = 0; index < pages.size(); index++) {
				Diagram page = pages.get(index);
				// the pages after the overview are each an area group, named by its title
				content.subheading(index == 0 ? heading : heading + " – " + page.nodes().get(0).label());
				byte[] png = DiagramFormat.PNG.render(page);
				var image = ImageIO.read(new ByteArrayInputStream(png));
				// the overview of a split chart is described whole: its boxes name what the pages after it show
				Diagram described = index == 0 && pages.size() > 1 ? view.generate(agreement, shown) : page;
				content.add(new Block.Picture(name + (index == 0 ? "" : "-" + index), png, DiagramFormat.SVG.render(page),
						DiagramDescription.of(view, described), image.getWidth(), image.getHeight()));
			}
		}
	}
}
