/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.server.Positions;
import se.samverka.editor.server.Uris;

/** Opening a location the server named: the file in its editor, the range selected. */
public final class Editors {
	private Editors() {
	}

	public static void open(Location location) {
		IFile file = Uris.file(location.getUri());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (file == null || page == null) {
			return;
		}
		try {
			IEditorPart editor = IDE.openEditor(page, file, true);
			if (editor instanceof ITextEditor text) {
				IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
				int[] region = Positions.region(document, location.getRange());
				text.selectAndReveal(region[0], region[1]);
			}
		} catch (PartInitException | BadLocationException failed) {
			EditorPlugin.log("Samverka: could not open " + location.getUri(), failed);
		}
	}

	/** The active text editor, if it shows a .samverkan file. */
	public static ITextEditor activeModelEditor() {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return null;
		}
		IEditorPart editor = window.getActivePage().getActiveEditor();
		if (editor instanceof ITextEditor text && text.getEditorInput().getAdapter(IFile.class) instanceof IFile file
				&& Uris.isModel(file)) {
			return text;
		}
		return null;
	}
}
