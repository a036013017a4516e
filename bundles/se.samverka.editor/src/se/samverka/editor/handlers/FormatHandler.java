/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.texteditor.ITextEditor;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.Messages;
import se.samverka.editor.server.WorkbenchLanguageServer;
import se.samverka.editor.server.WorkspaceEdits;

/** Format (Ctrl+Shift+F): the same layout as {@code ./samverka format}, applied as one undoable edit. */
public class FormatHandler extends ModelEditorHandler {

	@Override
	void run(ITextEditor editor, IDocument document, TextDocumentIdentifier file, Position caret) throws BadLocationException {
		List<? extends TextEdit> edits = WorkbenchLanguageServer
				.await(EditorPlugin.get().server().services().formatting(new DocumentFormattingParams(file, new FormattingOptions(4, false))));
		if (edits == null) {
			MessageDialog.openError(editor.getSite().getShell(), editor.getTitle(), Messages.bind(Messages.Format_failed, Messages.Server_noAnswer));
			return;
		}
		WorkspaceEdits.apply(document, edits);
	}
}
