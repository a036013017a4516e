/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A box of a diagram: the model element it shows, its label and detail lines, the nodes nested
 * in it, the validation findings that concern it, and (once laid out) its place in absolute
 * coordinates. A gap is a node drawn so it stands out (a priority area without a measure).
 */
public final class DiagramNode {
	private final String id;
	private final String kind;
	private final String label;
	private final EObject element;
	private final List<String> details = new ArrayList<>();
	private final List<DiagramNode> children = new ArrayList<>();
	private final List<String> findings = new ArrayList<>();
	private DiagramNode parent;
	private boolean gap;
	private String trafficLight;
	private Integer order;
	private Integer level;
	private String colour;
	private boolean row;
	private List<String> titleLines = List.of();
	private List<String> detailLines = List.of();
	private double x;
	private double y;
	private double width;
	private double height;

	public DiagramNode(String id, String kind, String label, EObject element) {
		this.id = id;
		this.kind = kind;
		this.label = label;
		this.element = element;
	}

	public DiagramNode add(DiagramNode child) {
		child.parent = this;
		children.add(child);
		return child;
	}

	public String id() {
		return id;
	}

	/** What the box is: "party", "steering-group", "priority-area" … (the SVG class and JSON kind). */
	public String kind() {
		return kind;
	}

	public String label() {
		return label;
	}

	public EObject element() {
		return element;
	}

	public List<String> details() {
		return details;
	}

	public List<DiagramNode> children() {
		return children;
	}

	public DiagramNode parent() {
		return parent;
	}

	/** Codes of the validation findings on this element, e.g. "G8". */
	public List<String> findings() {
		return findings;
	}

	public boolean isGap() {
		return gap;
	}

	public void markGap() {
		gap = true;
	}

	/** The traffic light of a follow-up shown by the box ("green", "yellow", "red"), or null. */
	public String trafficLight() {
		return trafficLight;
	}

	public void setTrafficLight(String trafficLight) {
		this.trafficLight = trafficLight;
	}

	/** Where the box stands among the boxes of its column or row (level 1 before level 2), or null. */
	public Integer order() {
		return order;
	}

	public void setOrder(Integer order) {
		this.order = order;
	}

	/** The level of an organisation chart the box stands on, 0 at the top, or null where the layout chooses. */
	public Integer level() {
		return level;
	}

	public void setLevel(Integer level) {
		this.level = level;
	}

	/** The colour of the party the box stands for or belongs to (a member's row, a legend's entry), or null. */
	public String colour() {
		return colour;
	}

	public void setColour(String colour) {
		this.colour = colour;
	}

	/**
	 * A row of its parent's compartment list (a member of a body, an entry of the legend): stacked
	 * under the parent's title by the layout, never a box of its own that lines lead to.
	 */
	public boolean isRow() {
		return row;
	}

	public void markRow() {
		row = true;
	}

	/** The label as the layout wrapped it onto lines; the whole label on one line before layout. */
	public List<String> titleLines() {
		return titleLines.isEmpty() ? List.of(label) : titleLines;
	}

	/** The detail lines as the layout wrapped them; the details as they are before layout. */
	public List<String> detailLines() {
		return detailLines.isEmpty() ? details : detailLines;
	}

	/** The wrapped text, set by the layout that sized the box for it. */
	public void setLines(List<String> titleLines, List<String> detailLines) {
		this.titleLines = List.copyOf(titleLines);
		this.detailLines = List.copyOf(detailLines);
	}

	public double x() {
		return x;
	}

	public double y() {
		return y;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public void place(double x, double y, double width, double height) {
		this.x = x;
		this.y = y;
		this.width = width;
		this.height = height;
	}

	/** This node and every node nested in it. */
	public List<DiagramNode> allNodes() {
		List<DiagramNode> all = new ArrayList<>();
		collect(this, all);
		return all;
	}

	private static void collect(DiagramNode node, List<DiagramNode> all) {
		all.add(node);
		node.children.forEach(child -> collect(child, all));
	}
}
