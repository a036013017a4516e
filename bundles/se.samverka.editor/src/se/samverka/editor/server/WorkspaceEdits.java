/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.swt.widgets.Display;

import se.samverka.editor.EditorPlugin;

/**
 * Applies the server's edits (quick fixes, rename, format) to the workbench's documents. A file
 * open in an editor is changed there and left for the user to save; a file not open is changed
 * and saved (atomically, through its file buffer). All of a file's edits apply at once or not at all.
 */
public final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	public static boolean apply(WorkspaceEdit edit) {
		if (edit == null) {
			return false;
		}
		Map<String, List<? extends TextEdit>> byUri = new LinkedHashMap<>();
		if (edit.getChanges() != null) {
			byUri.putAll(edit.getChanges());
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(change -> change.isLeft()).map(change -> change.getLeft())
					.forEach((TextDocumentEdit change) -> byUri.put(change.getTextDocument().getUri(),
							change.getEdits().stream().filter(e -> e.isLeft()).map(e -> e.getLeft()).toList()));
		}
		boolean[] applied = { true };
		Runnable inUiThread = () -> {
			for (Map.Entry<String, List<? extends TextEdit>> file : byUri.entrySet()) {
				applied[0] &= apply(file.getKey(), file.getValue());
			}
		};
		Display display = Display.getDefault();
		if (Display.getCurrent() == display) {
			inUiThread.run();
		} else {
			display.syncExec(inUiThread);
		}
		return applied[0];
	}

	/** Applies edits to one document, however it is reached. */
	public static boolean apply(IDocument document, List<? extends TextEdit> edits) throws BadLocationException {
		MultiTextEdit all = new MultiTextEdit();
		for (TextEdit edit : edits) {
			int[] region = Positions.region(document, edit.getRange());
			all.addChild(new ReplaceEdit(region[0], region[1], edit.getNewText()));
		}
		try {
			all.apply(document);
			return true;
		} catch (MalformedTreeException overlapping) {
			EditorPlugin.log("Samverka: overlapping edits refused", overlapping);
			return false;
		}
	}

	private static boolean apply(String uri, List<? extends TextEdit> edits) {
		IFile file = Uris.file(uri);
		if (file == null) {
			return false;
		}
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		boolean wasOpen = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
		try {
			buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				boolean ok = apply(buffer.getDocument(), edits);
				if (ok && !wasOpen) {
					buffer.commit(null, true);
				}
				return ok;
			} finally {
				buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException failed) {
			EditorPlugin.log("Samverka: edit not applied to " + file, failed);
			return false;
		}
	}
}
