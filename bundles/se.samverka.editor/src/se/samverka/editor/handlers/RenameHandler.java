/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.handlers;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.ui.texteditor.ITextEditor;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.Messages;
import se.samverka.editor.server.Positions;
import se.samverka.editor.server.WorkbenchLanguageServer;
import se.samverka.editor.server.WorkspaceEdits;

/** Rename (Alt+Shift+R): the element at the caret and every reference to it, in all files of its folder. */
public class RenameHandler extends ModelEditorHandler {

	@Override
	void run(ITextEditor editor, IDocument document, TextDocumentIdentifier file, Position caret) throws BadLocationException {
		var server = EditorPlugin.get().server().services();
		Either3<Range, PrepareRenameResult, ?> target = WorkbenchLanguageServer.await(server.prepareRename(new PrepareRenameParams(file, caret)));
		Range range = target == null ? null : target.isFirst() ? target.getFirst() : target.isSecond() ? target.getSecond().getRange() : null;
		if (range == null) {
			MessageDialog.openInformation(editor.getSite().getShell(), Messages.Rename_title, Messages.Rename_notPossible);
			return;
		}
		int[] region = Positions.region(document, range);
		String oldName = document.get(region[0], region[1]);
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), Messages.Rename_title, Messages.bind(Messages.Rename_prompt, oldName),
				oldName, name -> name == null || name.isBlank() ? Messages.Rename_empty : null);
		if (dialog.open() != Window.OK || dialog.getValue().equals(oldName)) {
			return;
		}
		WorkspaceEdit edit = WorkbenchLanguageServer.await(server.rename(new RenameParams(file, caret, dialog.getValue().strip())));
		WorkspaceEdits.apply(edit);
	}
}
