/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;

/**
 * The same graphs for Graphviz: a diagram as DOT with nested boxes as clusters and no line labels
 * (ELK is given none either, so both lay out the same problem; the export uses DotWriter), and a
 * timed run of dot.
 */
final class GraphvizDot {
	private GraphvizDot() {
	}

	/** All diagrams in one DOT file, one digraph each: dot lays them all out in one process. */
	static String dot(Collection<Diagram> diagrams) {
		StringBuilder dot = new StringBuilder();
		int index = 0;
		for (Diagram diagram : diagrams) {
			dot.append("digraph g").append(index++).append(" {\n  compound=true; node [shape=box];\n");
			for (DiagramNode node : diagram.root().children()) {
				node(dot, node, "  ");
			}
			for (DiagramEdge edge : diagram.edges()) {
				dot.append("  ").append(quoted(edge.source().id())).append(" -> ").append(quoted(edge.target().id()))
						.append(";\n");
			}
			dot.append("}\n");
		}
		return dot.toString();
	}

	private static void node(StringBuilder dot, DiagramNode node, String indent) {
		if (node.children().isEmpty()) {
			dot.append(indent).append(quoted(node.id())).append(" [label=").append(quoted(node.label())).append("];\n");
			return;
		}
		dot.append(indent).append("subgraph ").append(quoted("cluster_" + node.id())).append(" { label=")
				.append(quoted(node.label())).append(";\n");
		for (DiagramNode child : node.children()) {
			node(dot, child, indent + "  ");
		}
		dot.append(indent).append("}\n");
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** Runs dot -Tsvg on the file and waits for it. */
	static void run(Path file) {
		try {
			Process process = new ProcessBuilder("dot", "-Tsvg", "-o", "/dev/null", file.toString())
					.redirectErrorStream(true).start();
			process.getInputStream().transferTo(OutputStream.nullOutputStream());
			if (process.waitFor() != 0) {
				throw new IllegalStateException("dot failed on " + file);
			}
		} catch (IOException e) {
			throw new IllegalStateException("Graphviz dot is needed: sudo apt-get install graphviz", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
