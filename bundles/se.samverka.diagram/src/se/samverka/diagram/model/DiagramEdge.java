/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.model;

import java.util.ArrayList;
import java.util.List;

/** A line between two boxes: its kind ("reports-to", "member" …), its label, and once laid out its route. */
public final class DiagramEdge {
	private final String id;
	private final DiagramNode source;
	private final DiagramNode target;
	private final String kind;
	private final String label;
	private final List<double[]> points = new ArrayList<>();
	private double[] labelBox;
	private boolean drawnOverLayout;

	public DiagramEdge(String id, DiagramNode source, DiagramNode target, String kind, String label) {
		this.id = id;
		this.source = source;
		this.target = target;
		this.kind = kind;
		this.label = label;
	}

	public String id() {
		return id;
	}

	public DiagramNode source() {
		return source;
	}

	public DiagramNode target() {
		return target;
	}

	public String kind() {
		return kind;
	}

	public String label() {
		return label;
	}

	/** Where the layout put the label: {x, y, width, height} in absolute coordinates, or null. */
	public double[] labelBox() {
		return labelBox;
	}

	public void placeLabel(double x, double y, double width, double height) {
		labelBox = new double[] { x, y, width, height };
	}

	/**
	 * A line added while the model was edited, drawn over the last layout rather than laid out with
	 * it, so that the boxes stay where they were; the next fresh layout lays it out with the rest.
	 */
	public boolean isDrawnOverLayout() {
		return drawnOverLayout;
	}

	public void drawOverLayout() {
		drawnOverLayout = true;
	}

	/** The route in absolute coordinates, start to end, as {x, y} pairs. */
	public List<double[]> points() {
		return points;
	}
}
