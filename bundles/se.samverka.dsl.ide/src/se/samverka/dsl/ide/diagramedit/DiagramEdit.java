/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * What one diagram operation does to the text: the changes of the files it touches (one, or
 * several when the element lives in another file of the folder), named for the undo menu.
 *
 * @param label    the operation's name
 * @param element  the element it made or changed (its name), for the client to select, or null
 * @param changes  the files' changes, in the folder's order
 */
public record DiagramEdit(String label, String element, List<FileChange> changes) {

	/** The edit that undoes this one, file by file. */
	public DiagramEdit inverse() {
		return new DiagramEdit(label, element, changes.stream().map(FileChange::inverse).toList());
	}

	/**
	 * The edit as an LSP workspace edit.
	 *
	 * @param uriForm turns a file's URI into the form the client knows it by
	 */
	public WorkspaceEdit toWorkspaceEdit(UnaryOperator<String> uriForm) {
		Map<String, List<TextEdit>> byFile = new LinkedHashMap<>();
		for (FileChange change : changes) {
			byFile.put(uriForm.apply(change.file()), change.textEdits());
		}
		return new WorkspaceEdit(byFile);
	}
}
