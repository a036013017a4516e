/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.outline;

import java.util.List;

/** A heading of the outline: the elements of one kind (organisations, people, areas, agreements, …). */
record SymbolGroup(String title, List<OutlineNode> members) {
}
