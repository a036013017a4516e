/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/** What an editor does with the server's workspace edits: which files they change, and the changed texts. */
final class TextEdits {
	private TextEdits() {
	}

	/** The edits of a workspace edit by file, whichever of LSP's two forms the server used. */
	static Map<Path, List<TextEdit>> byFile(WorkspaceEdit edit) {
		Map<Path, List<TextEdit>> byFile = new TreeMap<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> byFile.put(Path.of(java.net.URI.create(uri)), edits));
		}
		if (edit.getDocumentChanges() != null) {
			for (var change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					byFile.put(Path.of(java.net.URI.create(change.getLeft().getTextDocument().getUri())),
							change.getLeft().getEdits().stream().filter(e -> e.isLeft()).map(e -> e.getLeft()).toList());
				}
			}
		}
		return byFile;
	}

	/** The file's text on disk with the edits applied. */
	static String applied(Path file, List<TextEdit> edits) throws Exception {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		List<TextEdit> lastFirst = new ArrayList<>(edits);
		lastFirst.sort((x, y) -> Integer.compare(offset(text, y.getRange().getStart()), offset(text, x.getRange().getStart())));
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : lastFirst) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
