/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.server.Uris;

/**
 * Keeps the language server's copy of an open document equal to the editor's text: opened when
 * the editor opens, each change sent as it happens (the server validates in the background and
 * cancels stale work itself), closed with the editor.
 */
public class DocumentSync extends InputFollowingReconciler implements IDocumentListener {
	private IDocument document;
	private String uri;

	@Override
	protected void follow(IDocument next) {
		if (document != null && uri != null) {
			document.removeDocumentListener(this);
			EditorPlugin.get().server().closed(uri);
		}
		document = next;
		uri = next == null ? null : Uris.of(next);
		if (uri != null) {
			EditorPlugin.get().server().opened(uri, document.get());
			document.addDocumentListener(this);
		}
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		EditorPlugin.get().server().changed(uri, event.getDocument().get());
	}
}
