/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.render.DotWriter;
import se.samverka.diagram.render.GraphMlWriter;
import se.samverka.diagram.render.JsonWriter;
import se.samverka.diagram.render.PngWriter;
import se.samverka.diagram.render.SprottyModelWriter;
import se.samverka.diagram.render.SvgWriter;

/** The renderers of a laid-out diagram, each with its file name extension. */
public enum DiagramFormat {
	SVG("svg"), PNG("png"), JSON("json"), GRAPHML("graphml"), DOT("dot"),
	/** The diagram view's model (Sprotty's SModel as JSON). */
	SPROTTY("json");

	private final String extension;

	DiagramFormat(String extension) {
		this.extension = extension;
	}

	/** The name a user picks the format by: "svg", "png" … */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String extension() {
		return extension;
	}

	/** The laid-out diagram in this format. */
	public byte[] render(Diagram diagram) {
		return switch (this) {
		case SVG -> utf8(SvgWriter.write(diagram));
		case JSON -> utf8(JsonWriter.write(diagram));
		case GRAPHML -> GraphMlWriter.write(diagram);
		case DOT -> utf8(DotWriter.write(diagram));
		case SPROTTY -> utf8(SprottyModelWriter.write(diagram));
		case PNG -> {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			try {
				PngWriter.write(diagram, png);
			} catch (IOException impossible) {
				throw new UncheckedIOException("writing a PNG to memory", impossible);
			}
			yield png.toByteArray();
		}
		};
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
