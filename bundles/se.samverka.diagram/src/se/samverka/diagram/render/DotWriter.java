/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.render;

import java.util.List;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;

/**
 * A diagram as Graphviz DOT: boxes with their label and detail lines, nested boxes as clusters,
 * lines with their label; Graphviz lays it out itself. Every text is quoted and escaped.
 */
public final class DotWriter {
	private DotWriter() {
	}

	public static String write(Diagram diagram) {
		return write(List.of(diagram));
	}

	/** Several diagrams in one file, one digraph each (dot lays them all out in one run). */
	public static String write(List<Diagram> diagrams) {
		StringBuilder dot = new StringBuilder();
		int index = 0;
		for (Diagram diagram : diagrams) {
			dot.append("digraph ").append(quoted("g" + index++)).append(" {\n");
			dot.append("  label=").append(quoted(diagram.title())).append(";\n");
			dot.append("  compound=true; node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f4f4\", fontname=\"DejaVu Sans\"];\n");
			for (DiagramNode node : diagram.root().children()) {
				node(dot, node, "  ");
			}
			for (DiagramEdge edge : diagram.edges()) {
				dot.append("  ").append(quoted(anchor(edge.source()).id())).append(" -> ")
						.append(quoted(anchor(edge.target()).id())).append(" [label=").append(quoted(edge.label()));
				// a line to a group attaches to its cluster (compound=true), not to a box named like the group;
				// a line from a group to a box nested in it (an area group to its network group) leaves
				// from a box of the group, as dot cannot clip a line at a cluster that holds its other end
				if (!edge.source().children().isEmpty() && !nests(edge.source(), edge.target())) {
					dot.append(", ltail=").append(quoted("cluster_" + edge.source().id()));
				}
				if (!edge.target().children().isEmpty() && !nests(edge.target(), edge.source())) {
					dot.append(", lhead=").append(quoted("cluster_" + edge.target().id()));
				}
				dot.append("];\n");
			}
			dot.append("}\n");
		}
		return dot.toString();
	}

	private static void node(StringBuilder dot, DiagramNode node, String indent) {
		String label = node.details().isEmpty() ? node.label() : node.label() + "\n" + String.join("\n", node.details());
		if (node.children().isEmpty()) {
			dot.append(indent).append(quoted(node.id())).append(" [label=").append(quoted(label)).append("];\n");
			return;
		}
		dot.append(indent).append("subgraph ").append(quoted("cluster_" + node.id())).append(" {\n");
		dot.append(indent).append("  label=").append(quoted(label)).append(";\n");
		for (DiagramNode child : node.children()) {
			node(dot, child, indent + "  ");
		}
		dot.append(indent).append("}\n");
	}

	/** Whether {@code inner} is nested, at any depth, in {@code outer}. */
	private static boolean nests(DiagramNode outer, DiagramNode inner) {
		for (DiagramNode current = inner.parent(); current != null; current = current.parent()) {
			if (current == outer) {
				return true;
			}
		}
		return false;
	}

	/** The box a line to a node is drawn to: the node itself, or for a group (a cluster) a box inside it. */
	private static DiagramNode anchor(DiagramNode node) {
		DiagramNode anchor = node;
		while (!anchor.children().isEmpty()) {
			anchor = anchor.children().get(0);
		}
		return anchor;
	}

	/** A DOT string: backslashes and quotes escaped, line breaks as DOT's centred line break. */
	static String quoted(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : String.valueOf(text).toCharArray()) {
			switch (c) {
			case '"' -> quoted.append("\\\"");
			case '\\' -> quoted.append("\\\\");
			case '\n' -> quoted.append("\\n");
			case '\r' -> {
			}
			default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}
}
