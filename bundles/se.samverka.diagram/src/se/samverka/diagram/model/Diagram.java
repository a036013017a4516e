/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A diagram computed from a model (never stored beside it): an invisible root holding the boxes, and the lines. */
public final class Diagram {
	private final String title;
	private final DiagramNode root;
	private final List<DiagramEdge> edges = new ArrayList<>();
	private boolean leftToRight;

	public Diagram(String title) {
		this.title = title;
		this.root = new DiagramNode("root", "root", title, null);
	}

	public String title() {
		return title;
	}

	/** A chain read from left to right (the traceability view); otherwise the layout chooses. */
	public boolean isLeftToRight() {
		return leftToRight;
	}

	public void setLeftToRight(boolean leftToRight) {
		this.leftToRight = leftToRight;
	}

	public DiagramNode root() {
		return root;
	}

	public List<DiagramEdge> edges() {
		return edges;
	}

	/** Every box, the root excluded. */
	public List<DiagramNode> nodes() {
		List<DiagramNode> all = root.allNodes();
		all.remove(root);
		return all;
	}

	public Optional<DiagramNode> node(String id) {
		return nodes().stream().filter(n -> n.id().equals(id)).findFirst();
	}

	public DiagramEdge connect(DiagramNode source, DiagramNode target, String kind, String label) {
		DiagramEdge edge = new DiagramEdge("e" + edges.size(), source, target, kind, label);
		edges.add(edge);
		return edge;
	}
}
