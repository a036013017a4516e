/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.editing;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.server.Uris;
import se.samverka.editor.server.WorkspaceEdits;

/**
 * Puts a diagram edit into the text editors of the files it changes: the open editor of each
 * file, or a new one for a file of the folder not open yet. Nothing is saved; each file's part
 * of the edit is one change in its editor's undo history, undone with one Ctrl+Z together with
 * the user's typing.
 */
final class EditorEdits {

	private EditorEdits() {
	}

	/** Applies the edit; false (logged) if a file could not be opened or had changed under it. */
	static boolean apply(IWorkbenchPage page, WorkspaceEdit edit) {
		boolean applied = true;
		for (Map.Entry<String, List<TextEdit>> file : edit.getChanges().entrySet()) {
			ITextEditor editor = editorOf(page, file.getKey());
			applied &= editor != null && apply(editor, file.getValue());
		}
		return applied;
	}

	private static boolean apply(ITextEditor editor, List<TextEdit> edits) {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			return WorkspaceEdits.apply(document, edits);
		} catch (BadLocationException outside) {
			EditorPlugin.log("Samverka: a diagram edit does not fit the text of " + editor.getTitle(), outside);
			return false;
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}

	/** The file's open text editor, or a new one in the background (the diagram's editor stays active). */
	private static ITextEditor editorOf(IWorkbenchPage page, String uri) {
		IFile file = Uris.file(uri);
		if (file == null) {
			return null;
		}
		IEditorPart open = page.findEditor(new FileEditorInput(file));
		if (open == null) {
			try {
				open = IDE.openEditor(page, file, false);
			} catch (PartInitException failed) {
				EditorPlugin.log("Samverka: no editor for " + file, failed);
				return null;
			}
		}
		return open instanceof ITextEditor text ? text : open == null ? null : open.getAdapter(ITextEditor.class);
	}
}
