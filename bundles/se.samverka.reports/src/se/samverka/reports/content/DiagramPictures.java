package se.samverka.reports.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.render.PngWriter;
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
			Diagram diagram = DiagramFilter.NONE.apply(view.generate(agreement, findings));
			if (diagram.nodes().isEmpty()) {
				continue;
			}
			new ElkLayoutEngine().layout(diagram);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			PngWriter.write(diagram, png);
			var image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
			content.subheading(Texts.get("diagram." + view.name().toLowerCase(java.util.Locale.ROOT)));
			content.add(new Block.Picture(view.name().toLowerCase(java.util.Locale.ROOT) + ".png", png.toByteArray(),
					image.getWidth(), image.getHeight()));
		}
	}
}
