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
