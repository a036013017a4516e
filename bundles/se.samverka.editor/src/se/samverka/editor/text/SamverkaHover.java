/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.server.Positions;
import se.samverka.editor.server.Uris;
import se.samverka.editor.server.WorkbenchLanguageServer;

/** Hover: the description of the element under the mouse, as the language server writes it. */
public class SamverkaHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		String uri = Uris.of(viewer.getDocument());
		if (uri == null) {
			return null;
		}
		try {
			HoverParams params = new HoverParams(new TextDocumentIdentifier(uri), Positions.position(viewer.getDocument(), region.getOffset()));
			Hover hover = WorkbenchLanguageServer.await(EditorPlugin.get().server().services().hover(params));
			if (hover == null || hover.getContents() == null) {
				return null;
			}
			if (hover.getContents().isRight()) {
				MarkupContent content = hover.getContents().getRight();
				return plain(content.getValue());
			}
			StringBuilder text = new StringBuilder();
			hover.getContents().getLeft().forEach(part -> text.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n'));
			return plain(text.toString().strip());
		} catch (BadLocationException stale) {
			return null;
		}
	}

	/** The hover is shown as plain text: markdown's emphasis marks would only be noise. */
	private static String plain(String markdown) {
		String text = markdown.replace("**", "").replace("`", "");
		return text.isBlank() ? null : text;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return nameAt(viewer.getDocument(), offset);
	}

	/** The name (or qualified name) around an offset. */
	public static IRegion nameAt(org.eclipse.jface.text.IDocument document, int offset) {
		try {
			int start = offset;
			int end = offset;
			while (start > 0 && isNamePart(document.getChar(start - 1))) {
				start--;
			}
			while (end < document.getLength() && isNamePart(document.getChar(end))) {
				end++;
			}
			return new Region(start, end - start);
		} catch (BadLocationException outside) {
			return new Region(offset, 0);
		}
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
	}
}
