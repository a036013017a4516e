/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.handlers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.texteditor.ITextEditor;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.Messages;
import se.samverka.editor.server.Uris;
import se.samverka.editor.server.WorkbenchLanguageServer;
import se.samverka.editor.text.Editors;
import se.samverka.editor.text.SamverkaHover;

/** Find references (Ctrl+Shift+G): every place in the folder that names the element at the caret; choosing one opens it. */
public class FindReferencesHandler extends ModelEditorHandler {

	@Override
	void run(ITextEditor editor, IDocument document, TextDocumentIdentifier file, Position caret) throws BadLocationException {
		int offset = document.getLineOffset(caret.getLine()) + caret.getCharacter();
		IRegion word = SamverkaHover.nameAt(document, offset);
		String name = document.get(word.getOffset(), word.getLength());
		List<? extends Location> references = WorkbenchLanguageServer
				.await(EditorPlugin.get().server().services().references(new ReferenceParams(file, caret, new ReferenceContext(false))));
		if (references == null || references.isEmpty()) {
			MessageDialog.openInformation(editor.getSite().getShell(), Messages.References_title, Messages.bind(Messages.References_none, name));
			return;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(editor.getSite().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				Location location = (Location) element;
				IFile target = Uris.file(location.getUri());
				return (target == null ? location.getUri() : target.getFullPath().toString()) + ":" + (location.getRange().getStart().getLine() + 1);
			}
		});
		dialog.setTitle(Messages.References_title);
		dialog.setMessage(Messages.bind(Messages.References_message, name, references.size()));
		dialog.setElements(references.toArray());
		dialog.setMultipleSelection(false);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Location chosen) {
			Editors.open(chosen);
		}
	}

}
