/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;

/**
 * A Generic Editor reconciler that works on the viewer's document. The viewer installs its
 * reconcilers before it has a document, so the document is followed through the viewer's input
 * rather than taken at install time.
 */
abstract class InputFollowingReconciler implements IReconciler, ITextInputListener {
	private ITextViewer viewer;

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		viewer.addTextInputListener(this);
		installed(viewer);
		follow(viewer.getDocument());
	}

	@Override
	public void uninstall() {
		follow(null);
		if (viewer != null) {
			viewer.removeTextInputListener(this);
			uninstalling(viewer);
		}
		viewer = null;
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		follow(newInput);
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	protected ITextViewer viewer() {
		return viewer;
	}

	/** The viewer now shows this document (null: none); let go of the one before. */
	protected abstract void follow(IDocument next);

	protected void installed(ITextViewer textViewer) {
	}

	protected void uninstalling(ITextViewer textViewer) {
	}
}
