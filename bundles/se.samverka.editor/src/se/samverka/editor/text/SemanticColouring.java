/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import se.samverka.dsl.ide.highlighting.SemanticHighlights;
import se.samverka.dsl.ide.highlighting.SemanticHighlights.Highlight;
import se.samverka.dsl.ide.highlighting.SemanticHighlights.Style;
import se.samverka.editor.EditorPlugin;
import se.samverka.editor.server.Uris;

/**
 * Semantic colouring on top of the keyword colouring: asks the language server which names
 * refer to what ({@link SemanticHighlights}) once typing pauses, and lays those colours over each
 * text presentation the viewer makes. The editor only chooses the colours.
 */
public class SemanticColouring extends InputFollowingReconciler implements IDocumentListener, ITextPresentationListener {
	private static final int DELAY_MS = 400;
	private static final Map<Style, RGB> COLOURS = Map.of(Style.ORGANISATION, new RGB(0x1f, 0x5f, 0x8b),
			Style.BODY, new RGB(0xa0, 0x4a, 0x00), Style.PERSON, new RGB(0x6b, 0x4f, 0x1d), Style.PLAN,
			new RGB(0x6a, 0x2c, 0x91), Style.COMMUNICATION, new RGB(0x1e, 0x7a, 0x4c));

	private IDocument document;
	private volatile List<Highlight> highlights = List.of();
	private final Runnable refresh = this::refresh;

	@Override
	protected void installed(ITextViewer textViewer) {
		if (textViewer instanceof ITextViewerExtension4 presentations) {
			presentations.addTextPresentationListener(this);
		}
	}

	@Override
	protected void uninstalling(ITextViewer textViewer) {
		if (textViewer instanceof ITextViewerExtension4 presentations) {
			presentations.removeTextPresentationListener(this);
		}
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		// the old colours would land on the wrong words: drop them until the server has the new text
		highlights = List.of();
		schedule();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		for (Highlight highlight : highlights) {
			if (highlight.offset() + highlight.length() <= start || highlight.offset() >= end) {
				continue;
			}
			StyleRange range = new StyleRange(highlight.offset(), highlight.length(), colour(highlight.style()), null);
			if (highlight.style() == Style.DECLARATION) {
				range.foreground = null;
				range.fontStyle = SWT.BOLD;
			}
			presentation.mergeStyleRange(range);
		}
	}

	@Override
	protected void follow(IDocument next) {
		if (document != null) {
			document.removeDocumentListener(this);
		}
		document = next;
		highlights = List.of();
		if (document != null) {
			document.addDocumentListener(this);
			schedule();
		}
	}

	private void schedule() {
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(-1, refresh);
			display.timerExec(DELAY_MS, refresh);
		}
	}

	private void refresh() {
		IDocument current = document;
		String uri = current == null ? null : Uris.of(current);
		if (uri == null || viewer() == null) {
			return;
		}
		String text = current.get();
		EditorPlugin.get().server().services().read(uri, (serverDocument, resource) -> {
			// the server may not have parsed the newest text yet: colour only what matches it
			if (resource == null || resource.getParseResult() == null
					|| !text.equals(resource.getParseResult().getRootNode().getText())) {
				return null;
			}
			return SemanticHighlights.of(resource);
		}).thenAccept(computed -> Display.getDefault().asyncExec(() -> {
			if (viewer() == null || document != current || viewer().getTextWidget() == null
					|| viewer().getTextWidget().isDisposed()) {
				return;
			}
			if (computed == null) {
				schedule();
				return;
			}
			highlights = computed;
			viewer().invalidateTextPresentation();
		}));
	}

	private static Color colour(Style style) {
		RGB rgb = COLOURS.get(style);
		return rgb == null ? null : new Color(rgb);
	}

}
