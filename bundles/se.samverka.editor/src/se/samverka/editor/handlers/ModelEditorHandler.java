/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.ui.texteditor.ITextEditor;

import se.samverka.editor.server.Positions;
import se.samverka.editor.server.Uris;
import se.samverka.editor.text.Editors;

/** A command on the active .samverkan editor at its caret. */
abstract class ModelEditorHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		ITextEditor editor = Editors.activeModelEditor();
		if (editor == null) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		try {
			run(editor, document, new TextDocumentIdentifier(Uris.of(document)), Positions.position(document, selection.getOffset()));
		} catch (BadLocationException stale) {
			// the caret is outside the text: nothing to do
		}
		return null;
	}

	@Override
	public boolean isEnabled() {
		return Editors.activeModelEditor() != null;
	}

	abstract void run(ITextEditor editor, IDocument document, TextDocumentIdentifier file, Position caret) throws BadLocationException;
}
