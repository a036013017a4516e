/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;

/** Draws a laid-out diagram as PNG with Java2D, headless: no display is needed. */
public final class PngWriter {
	private PngWriter() {
	}

	public static void write(Diagram diagram, OutputStream out) throws IOException {
		System.setProperty("java.awt.headless", "true");
		double width = 0;
		double height = 0;
		for (DiagramNode node : diagram.nodes()) {
			width = Math.max(width, node.x() + node.width());
			height = Math.max(height, node.y() + node.height());
		}
		BufferedImage image = new BufferedImage((int) Math.ceil(width) + 20, (int) Math.ceil(height) + 20,
				BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.translate(10, 10);
			for (DiagramNode node : diagram.nodes()) {
				drawNode(g, node);
			}
			for (DiagramEdge edge : diagram.edges()) {
				drawEdge(g, edge, diagram);
			}
		} finally {
			g.dispose();
		}
		ImageIO.write(image, "png", out);
	}

	private static void drawNode(Graphics2D g, DiagramNode node) {
		if (node.isRow()) {
			drawRow(g, node);
			return;
		}
		var box = new RoundRectangle2D.Double(node.x(), node.y(), node.width(), node.height(), 12, 12);
		g.setColor(Color.decode(Style.fill(node)));
		g.fill(box);
		g.setColor(Color.decode(node.isGap() ? Style.GAP : Style.LINE));
		g.setStroke(node.isGap() ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
				new float[] { 6, 3 }, 0) : new BasicStroke(1));
		g.draw(box);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
		double y = node.y() + 17;
		for (String line : node.titleLines()) {
			centred(g, line, node.x() + node.width() / 2, y);
			y += ElkLayoutEngine.LINE_HEIGHT;
		}
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		for (String detail : node.detailLines()) {
			centred(g, detail, node.x() + node.width() / 2, y);
			y += ElkLayoutEngine.LINE_HEIGHT;
		}
		if (!node.findings().isEmpty()) {
			g.setColor(Color.decode(Style.FINDING));
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
			g.drawString("! " + String.join(" ", node.findings()), (float) node.x() + 6,
					(float) (node.y() + node.height() - 6));
		}
	}

	/** A row of a compartment list, drawn as the SVG writer draws it. */
	private static void drawRow(Graphics2D g, DiagramNode row) {
		var box = new RoundRectangle2D.Double(row.x(), row.y(), row.width(), row.height(), 4, 4);
		g.setColor(Color.decode(Style.fill(row)));
		g.fill(box);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(1));
		g.draw(box);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		float x = (float) (row.x() + SvgWriter.ROW_TEXT_INSET);
		double y = row.y() + SvgWriter.ROW_BASELINE;
		for (String line : row.titleLines()) {
			g.drawString(line, x, (float) y);
			y += ElkLayoutEngine.LINE_HEIGHT;
		}
		g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 11));
		for (String detail : row.detailLines()) {
			g.drawString(detail, x, (float) y);
			y += ElkLayoutEngine.LINE_HEIGHT;
		}
	}

	private static void centred(Graphics2D g, String text, double x, double y) {
		FontMetrics metrics = g.getFontMetrics();
		g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float) y);
	}

	private static void drawEdge(Graphics2D g, DiagramEdge edge, Diagram diagram) {
		List<double[]> points = edge.points();
		if (points.size() < 2) {
			return;
		}
		g.setColor(Color.decode(Style.LINE));
		g.setStroke(new BasicStroke(1));
		Path2D path = new Path2D.Double();
		path.moveTo(points.get(0)[0], points.get(0)[1]);
		for (double[] point : points.subList(1, points.size())) {
			path.lineTo(point[0], point[1]);
		}
		g.draw(path);
		double[] end = points.get(points.size() - 1);
		double[] before = points.get(points.size() - 2);
		double angle = Math.atan2(end[1] - before[1], end[0] - before[0]);
		Path2D head = new Path2D.Double();
		head.moveTo(end[0], end[1]);
		head.lineTo(end[0] - 8 * Math.cos(angle - 0.4), end[1] - 8 * Math.sin(angle - 0.4));
		head.lineTo(end[0] - 8 * Math.cos(angle + 0.4), end[1] - 8 * Math.sin(angle + 0.4));
		head.closePath();
		g.fill(head);
		if (edge.label() != null && !edge.label().isBlank()) {
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) ElkLayoutEngine.edgeLabelFont(diagram)));
			double[] at = SvgWriter.labelPlace(edge);
			FontMetrics metrics = g.getFontMetrics();
			// a white ground under the letters keeps the label readable where it crosses a line
			g.setColor(Color.WHITE);
			g.fill(new Rectangle2D.Double(at[0] - 1, at[1] - metrics.getAscent(), metrics.stringWidth(edge.label()) + 2,
					metrics.getAscent() + metrics.getDescent()));
			g.setColor(Color.decode(Style.LINE));
			g.drawString(edge.label(), (float) at[0], (float) at[1]);
		}
	}
}
