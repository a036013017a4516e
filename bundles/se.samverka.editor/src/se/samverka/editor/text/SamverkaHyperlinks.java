/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.server.Positions;
import se.samverka.editor.server.Uris;
import se.samverka.editor.server.WorkbenchLanguageServer;

/** Go to definition (F3 or Ctrl+click): a reference links to where its element is declared, in any file of the folder. */
public class SamverkaHyperlinks extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		String uri = Uris.of(viewer.getDocument());
		if (uri == null) {
			return null;
		}
		try {
			DefinitionParams params = new DefinitionParams(new TextDocumentIdentifier(uri), Positions.position(viewer.getDocument(), region.getOffset()));
			Either<List<? extends Location>, List<? extends LocationLink>> answer = WorkbenchLanguageServer
					.await(EditorPlugin.get().server().services().definition(params));
			if (answer == null || !answer.isLeft() || answer.getLeft().isEmpty()) {
				return null;
			}
			Location target = answer.getLeft().get(0);
			IRegion word = SamverkaHover.nameAt(viewer.getDocument(), region.getOffset());
			if (target.getUri().equals(uri) && Positions.region(viewer.getDocument(), target.getRange())[0] == word.getOffset()) {
				return null; // the declaration itself
			}
			return new IHyperlink[] { new IHyperlink() {
				@Override
				public IRegion getHyperlinkRegion() {
					return word;
				}

				@Override
				public String getTypeLabel() {
					return null;
				}

				@Override
				public String getHyperlinkText() {
					return null;
				}

				@Override
				public void open() {
					Editors.open(target);
				}
			} };
		} catch (BadLocationException stale) {
			return null;
		}
	}
}
