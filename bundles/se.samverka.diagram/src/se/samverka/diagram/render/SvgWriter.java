/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.render;

import java.util.List;
import java.util.Locale;

import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;

/** Writes a laid-out diagram as standalone SVG; every text from the model is XML-escaped. */
public final class SvgWriter {
	private SvgWriter() {
	}

	public static String write(Diagram diagram) {
		double width = 0;
		double height = 0;
		for (DiagramNode node : diagram.nodes()) {
			width = Math.max(width, node.x() + node.width());
			height = Math.max(height, node.y() + node.height());
		}
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
						+ "font-family=\"%s\" font-size=\"11\">\n",
				width + 20, height + 20, width + 20, height + 20, Style.FONT));
		svg.append("<title>").append(escape(diagram.title())).append("</title>\n");
		svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
				+ "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"")
				.append(Style.LINE).append("\"/></marker></defs>\n");
		svg.append("<g transform=\"translate(10,10)\">\n");
		for (DiagramNode node : diagram.nodes()) {
			node(svg, node);
		}
		for (DiagramEdge edge : diagram.edges()) {
			edge(svg, edge, diagram);
		}
		svg.append("</g>\n</svg>\n");
		return svg.toString();
	}

	private static void node(StringBuilder svg, DiagramNode node) {
		svg.append(String.format(Locale.ROOT, "<g class=\"node %s\" id=\"%s\">", escape(node.kind()),
				escape(node.id())));
		if (node.isRow()) {
			row(svg, node);
			return;
		}
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"%s\" stroke=\"%s\" "
						+ "stroke-width=\"%s\"%s/>",
				node.x(), node.y(), node.width(), node.height(), Style.fill(node),
				node.isGap() ? Style.GAP : Style.LINE, node.isGap() ? "2.5" : "1",
				node.isGap() ? " stroke-dasharray=\"6 3\"" : ""));
		double textX = node.x() + node.width() / 2;
		double y = node.y() + 17;
		svg.append(String.format(Locale.ROOT, "<text text-anchor=\"middle\" font-weight=\"bold\">"));
		// one text for the whole title, a tspan per line: readers and search find the title whole
		List<String> title = node.titleLines();
		for (int i = 0; i < title.size(); i++) {
			svg.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\" y=\"%.1f\">%s%s</tspan>", textX, y,
					i == 0 ? "" : " ", escape(title.get(i))));
			y += ElkLayoutEngine.LINE_HEIGHT;
		}
		svg.append("</text>");
		for (String detail : node.detailLines()) {
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", textX,
					y, escape(detail)));
			y += ElkLayoutEngine.LINE_HEIGHT;
		}
		if (!node.findings().isEmpty()) {
			svg.append(String.format(Locale.ROOT,
					"<text class=\"findings\" x=\"%.1f\" y=\"%.1f\" fill=\"%s\" font-size=\"10\">⚠ %s</text>",
					node.x() + 6, node.y() + node.height() - 6, Style.FINDING, escape(String.join(" ", node.findings()))));
		}
		svg.append("</g>\n");
	}

	/** A row of a compartment list: the party's colour, the text from the left, the person below. */
	private static void row(StringBuilder svg, DiagramNode row) {
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" fill=\"%s\" stroke=\"white\"/>",
				row.x(), row.y(), row.width(), row.height(), Style.fill(row)));
		double x = row.x() + ROW_TEXT_INSET;
		double y = row.y() + ROW_BASELINE;
		svg.append("<text>");
		List<String> title = row.titleLines();
		for (int i = 0; i < title.size(); i++) {
			svg.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\" y=\"%.1f\">%s%s</tspan>", x, y,
					i == 0 ? "" : " ", escape(title.get(i))));
			y += ElkLayoutEngine.LINE_HEIGHT;
		}
		svg.append("</text>");
		for (String detail : row.detailLines()) {
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-style=\"italic\">%s</text>", x, y,
					escape(detail)));
			y += ElkLayoutEngine.LINE_HEIGHT;
		}
		svg.append("</g>\n");
	}

	/** Where a row's text starts, from the row's left and top edge. */
	static final double ROW_TEXT_INSET = 6;
	static final double ROW_BASELINE = 13;

	private static void edge(StringBuilder svg, DiagramEdge edge, Diagram diagram) {
		if (edge.points().isEmpty()) {
			return;
		}
		StringBuilder points = new StringBuilder();
		for (double[] point : edge.points()) {
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", point[0], point[1]));
		}
		svg.append(String.format(Locale.ROOT,
				"<g class=\"edge %s\"><polyline points=\"%s\" fill=\"none\" stroke=\"%s\" marker-end=\"url(#arrow)\"/>",
				escape(edge.kind()), points.toString().trim(), Style.LINE));
		double[] at = labelPlace(edge);
		// a white outline under the letters keeps the label readable where it crosses a line
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\" fill=\"%s\" stroke=\"white\" stroke-width=\"3\" "
						+ "paint-order=\"stroke\">%s</text></g>\n",
				at[0], at[1], ElkLayoutEngine.edgeLabelFont(diagram), Style.LINE, escape(edge.label())));
	}

	/** The baseline's start of a line's label: in the box the layout gave it, else beside the middle of the line. */
	static double[] labelPlace(DiagramEdge edge) {
		double[] box = edge.labelBox();
		if (box != null) {
			return new double[] { box[0] + 3, box[1] + box[3] - 3 };
		}
		double[] middle = edge.points().get(edge.points().size() / 2);
		return new double[] { middle[0] + 3, middle[1] - 3 };
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&apos;");
			default -> {
				if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}
}
