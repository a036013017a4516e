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

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.pipeline.DiagramFormat;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.diagram.pipeline.DiagramRequest;
import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.model.Agreement;
import se.samverka.reports.Texts;

/** The agreement's diagrams, laid out as in the workbench, as pictures with a heading each. */
final class DiagramPictures {
	/** A4 landscape in points, less a margin of 1 cm all round. */
	private static final double PAGE_WIDTH = 842 - 2 * 28.35;
	private static final double PAGE_HEIGHT = 595 - 2 * 28.35;
	/** The smallest text a printed diagram may have, in points. */
	private static final double SMALLEST_TEXT = 7;
	/** The font size of box titles and rows, in the diagram's units (see the SVG writer). */
	private static final double BOX_FONT = 11;

	private DiagramPictures() {
	}

	/**
	 * Adds a picture of each view. A printed copy carries no validation findings: they are for the people who
	 * write the agreement, not for those who sign or read it. A governance chart too large to be read on one
	 * A4 page is printed as an overview and one page per area group.
	 */
	static void add(DocumentContent content, Agreement agreement, DiagramView... views) throws IOException {
		for (DiagramView view : views) {
			DiagramRequest request = new DiagramRequest(agreement, view, DiagramFilter.NONE, List.of());
			Diagram whole = DiagramPipeline.laidOut(request);
			if (whole.nodes().isEmpty()) {
				continue;
			}
			String name = view.name().toLowerCase(Locale.ROOT);
			String heading = Texts.get("diagram." + name);
			List<Diagram> pages = printedText(whole) >= SMALLEST_TEXT ? List.of(whole) : DiagramPipeline.pages(request);
			for (int index = 0; index < pages.size(); index++) {
				Diagram page = pages.get(index);
				// the pages after the overview are each an area group, named by its title
				content.subheading(index == 0 ? heading : heading + " – " + page.nodes().get(0).label());
				byte[] png = DiagramFormat.PNG.render(page);
				var image = ImageIO.read(new ByteArrayInputStream(png));
				content.add(new Block.Picture(name + (index == 0 ? "" : "-" + index) + ".png", png, image.getWidth(),
						image.getHeight()));
			}
		}
	}

	/** The size of the diagram's smallest text, in points, printed on A4 landscape scaled to fit. */
	private static double printedText(Diagram diagram) {
		double width = 0;
		double height = 0;
		for (DiagramNode node : diagram.nodes()) {
			width = Math.max(width, node.x() + node.width());
			height = Math.max(height, node.y() + node.height());
		}
		double scale = Math.min(1, Math.min(PAGE_WIDTH / width, PAGE_HEIGHT / height));
		double smallest = diagram.edges().isEmpty() ? BOX_FONT : Math.min(BOX_FONT, ElkLayoutEngine.edgeLabelFont(diagram));
		return smallest * scale;
	}
}
