/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;

/**
 * Lays out a synthetic governance graph of 500 boxes and 700 lines (deterministic from a seed)
 * with Samverka's ELK layout engine, and the same graph with Graphviz dot, and prints the
 * medians. Usage: bench/run layout [RUNS] [SEED].
 */
public final class GovernanceLayoutBenchmark {
	private static final int NODES = 500;
	private static final int EDGES = 700;

	private GovernanceLayoutBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
		Diagram probe = synthetic(seed);
		System.out.printf(Locale.ROOT, "graph: %d nodes, %d edges (seed %d), %d runs after %d warm-up runs%n",
				probe.nodes().size(), probe.edges().size(), seed, runs, Math.max(3, runs / 3));
		System.gc();
		HeapPeaks.reset();
		long[] elk = time(runs, () -> new ElkLayoutEngine().layout(synthetic(seed)));
		long elkPeak = HeapPeaks.megabytes();
		Path dotFile = Files.createTempFile("samverka-bench", ".dot");
		Files.writeString(dotFile, GraphvizDot.dot(List.of(probe)), StandardCharsets.UTF_8);
		long[] dot;
		try {
			dot = time(runs, () -> GraphvizDot.run(dotFile));
		} finally {
			Files.deleteIfExists(dotFile);
		}
		System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s%n", "layout", "median ms", "min ms", "max ms");
		print("ELK Layered (Samverka)", elk);
		print("Graphviz dot -Tsvg", dot);
		System.out.printf(Locale.ROOT, "ELK / dot: %.2f; peak heap during the ELK runs: %d MB%n",
				(double) elk[elk.length / 2] / Math.max(1, dot[dot.length / 2]), elkPeak);
	}



	/** Area groups with network groups and members, bodies reporting upwards, as in a large municipality. */
	static Diagram synthetic(long seed) {
		Random random = new Random(seed);
		Diagram diagram = new Diagram("Syntetisk styrning");
		List<DiagramNode> leaves = new ArrayList<>();
		DiagramNode steering = diagram.root().add(new DiagramNode("steering", "steering-group", "Styrgrupp", null));
		leaves.add(steering);
		int count = 1;
		int group = 0;
		while (count < NODES) {
			group++;
			DiagramNode area = diagram.root().add(new DiagramNode("area" + group, "area-group", "Områdesgrupp " + group, null));
			count++;
			int members = 3 + random.nextInt(6);
			for (int m = 0; m < members && count < NODES; m++) {
				DiagramNode member = area.add(new DiagramNode("m" + group + "-" + m, "role", "Funktion " + group + "." + m, null));
				leaves.add(member);
				count++;
			}
			if (count < NODES) {
				DiagramNode network = area.add(new DiagramNode("n" + group, "network-group", "Nätverksgrupp " + group, null));
				leaves.add(network);
				count++;
			}
		}
		while (diagram.edges().size() < EDGES) {
			DiagramNode source = leaves.get(random.nextInt(leaves.size()));
			DiagramNode target = random.nextInt(4) == 0 ? steering : leaves.get(random.nextInt(leaves.size()));
			if (source != target) {
				diagram.connect(source, target, "reports-to", "");
			}
		}
		return diagram;
	}

	private static long[] time(int runs, Runnable work) {
		for (int i = 0; i < Math.max(3, runs / 3); i++) {
			work.run();
		}
		long[] millis = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static void print(String name, long[] millis) {
		System.out.printf(Locale.ROOT, "%-28s %10d %10d %10d%n", name, millis[millis.length / 2], millis[0],
				millis[millis.length - 1]);
	}
}
