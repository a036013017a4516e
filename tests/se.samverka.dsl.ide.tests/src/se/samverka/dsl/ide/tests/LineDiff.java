/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that differ between two texts, as {@code diff} shows them: the lines taken out of
 * the first and put into the second, outside their longest common subsequence.
 */
record LineDiff(List<String> removed, List<String> added, List<Integer> removedLineNumbers) {

	static LineDiff of(String before, String after) {
		String[] a = before.split("\n", -1);
		String[] b = after.split("\n", -1);
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		List<Integer> removedLines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				i++;
				j++;
			} else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
				added.add(b[j++].strip());
			} else {
				removedLines.add(i + 1);
				removed.add(a[i++].strip());
			}
		}
		return new LineDiff(removed, added, removedLines);
	}
}
