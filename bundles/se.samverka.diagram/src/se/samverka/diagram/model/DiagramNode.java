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
