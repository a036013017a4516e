/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.pipeline;

import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;

/**
 * The one way from a model to a drawn diagram: generate the view, filter it, lay it out with ELK,
 * render it. The command line, the exports, the documents, the public web site, the OEF view and
 * the workbench's diagram view all come through here, so they draw alike.
 */
public final class DiagramPipeline {
	private DiagramPipeline() {
	}

	/** The request's view generated, filtered and laid out. */
	public static Diagram laidOut(DiagramRequest request) {
		Diagram diagram = request.filter().apply(request.view().generate(request.agreement(), request.findings()));
		new ElkLayoutEngine().layout(diagram, request.previousLayout());
		return diagram;
	}

	/**
	 * The request's governance chart split for print: an overview with the area groups as boxes,
	 * then one page per area group, each laid out. Another view is one page, as it is.
	 */
	public static java.util.List<Diagram> pages(DiagramRequest request) {
		if (request.view() != se.samverka.diagram.generation.DiagramView.GOVERNANCE) {
			return java.util.List.of(laidOut(request));
		}
		java.util.List<Diagram> pages = new java.util.ArrayList<>();
		pages.add(layout(se.samverka.diagram.generation.ChartPages.overview(generated(request))));
		for (Diagram page : se.samverka.diagram.generation.ChartPages.areaGroupPages(generated(request))) {
			pages.add(layout(page));
		}
		return pages;
	}

	/** A4 landscape in points, less a margin of 1 cm all round. */
	private static final double PAGE_WIDTH = 842 - 2 * 28.35;
	private static final double PAGE_HEIGHT = 595 - 2 * 28.35;
	/** The smallest text a printed diagram may have, in points. */
	private static final double SMALLEST_TEXT = 7;
	/** The font size of the boxes' text, in the diagram's units (the SVG writer's font-size). */
	private static final double BOX_FONT = 11;

	/**
	 * The request's diagram as it is printed: whole when its text reads at 7 pt or more on A4 landscape,
	 * otherwise split as {@link #pages(DiagramRequest)} splits it.
	 */
	public static java.util.List<Diagram> printed(DiagramRequest request) {
		Diagram whole = laidOut(request);
		return readsOnOnePage(whole) ? java.util.List.of(whole) : pages(request);
	}

	/** Whether the laid-out diagram's text reads at 7 pt or more printed on one A4 landscape page. */
	public static boolean readsOnOnePage(Diagram diagram) {
		return printedTextSize(diagram) >= SMALLEST_TEXT;
	}

	/** The size of the laid-out diagram's smallest text, in points, printed on A4 landscape scaled to fit. */
	public static double printedTextSize(Diagram diagram) {
		double width = 0;
		double height = 0;
		for (se.samverka.diagram.model.DiagramNode node : diagram.nodes()) {
			width = Math.max(width, node.x() + node.width());
			height = Math.max(height, node.y() + node.height());
		}
		if (width == 0 || height == 0) {
			return SMALLEST_TEXT;
		}
		double scale = Math.min(1, Math.min(PAGE_WIDTH / width, PAGE_HEIGHT / height));
		double smallest = diagram.edges().isEmpty() ? BOX_FONT
				: Math.min(BOX_FONT, ElkLayoutEngine.edgeLabelFont(diagram));
		return smallest * scale;
	}

	private static Diagram generated(DiagramRequest request) {
		return request.filter().apply(request.view().generate(request.agreement(), request.findings()));
	}

	/** The request's diagram laid out and rendered in the format. */
	public static byte[] render(DiagramRequest request, DiagramFormat format) {
		return format.render(laidOut(request));
	}

	/**
	 * Lays out a diagram made elsewhere (the OEF view builds its own from the ArchiMate elements) the
	 * way Samverka's own diagrams are laid out, and returns it.
	 */
	public static Diagram layout(Diagram diagram) {
		new ElkLayoutEngine().layout(diagram);
		return diagram;
	}
}
