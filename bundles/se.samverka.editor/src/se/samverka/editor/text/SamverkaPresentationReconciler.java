/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/** Syntax colouring of .samverkan files in the Generic Editor. */
public class SamverkaPresentationReconciler extends PresentationReconciler {

	public SamverkaPresentationReconciler() {
		DefaultDamagerRepairer colouring = new DefaultDamagerRepairer(new SamverkaScanner());
		setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
