/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.view;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.texteditor.ITextEditor;

import se.samverka.editor.server.Uris;

/**
 * Follows the active .samverkan editor of a page for the diagram view: which editor it is, when
 * its text changes, and where its caret is. Listeners move with the editor; activating another
 * kind of part (the view itself, the Problems view) keeps the last model editor.
 */
final class ModelEditorTracker implements IPartListener2, IDocumentListener, ISelectionChangedListener {

	/** What the view hears. */
	interface Listener {
		void editorChanged(ITextEditor editor, String uri);

		void textChanged();

		void caretMoved(int offset);
	}

	private final IWorkbenchPage page;
	private final Listener listener;
	private ITextEditor editor;
	private IDocument document;

	ModelEditorTracker(IWorkbenchPage page, Listener listener) {
		this.page = page;
		this.listener = listener;
	}

	void start() {
		page.addPartListener(this);
		IEditorPart active = page.getActiveEditor();
		follow(active instanceof ITextEditor text && isModel(text) ? text : null);
	}

	void stop() {
		page.removePartListener(this);
		follow(null);
	}

	ITextEditor editor() {
		return editor;
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		IWorkbenchPart part = reference.getPart(false);
		if (part instanceof ITextEditor text && isModel(text) && text != editor) {
			follow(text);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) == editor) {
			IEditorPart next = page.getActiveEditor();
			follow(next instanceof ITextEditor text && text != editor && isModel(text) ? text : null);
		}
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		if (reference.getPart(false) == editor) {
			ITextEditor same = editor;
			follow(null);
			follow(isModel(same) ? same : null);
		}
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		listener.textChanged();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		if (event.getSelection() instanceof ITextSelection text) {
			listener.caretMoved(text.getOffset());
		}
	}

	private void follow(ITextEditor next) {
		if (editor != null) {
			if (document != null) {
				document.removeDocumentListener(this);
			}
			if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
				selections.removePostSelectionChangedListener(this);
			}
		}
		editor = next;
		document = null;
		String uri = null;
		if (editor != null) {
			document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			if (document != null) {
				document.addDocumentListener(this);
			}
			if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
				selections.addPostSelectionChangedListener(this);
			}
			uri = Uris.of(file(editor));
		}
		listener.editorChanged(editor, uri);
	}

	private static boolean isModel(ITextEditor editor) {
		IFile file = file(editor);
		return file != null && Uris.isModel(file);
	}

	static IFile file(ITextEditor editor) {
		return editor.getEditorInput().getAdapter(IFile.class);
	}
}
