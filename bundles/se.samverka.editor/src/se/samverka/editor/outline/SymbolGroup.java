package se.samverka.editor.outline;

import java.util.List;

/** A heading of the outline: the elements of one kind (organisations, people, areas, agreements, …). */
record SymbolGroup(String title, List<OutlineNode> members) {
}
