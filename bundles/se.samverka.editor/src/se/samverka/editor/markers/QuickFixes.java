/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.markers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.Messages;
import se.samverka.editor.server.Uris;
import se.samverka.editor.server.WorkbenchLanguageServer;
import se.samverka.editor.server.WorkspaceEdits;

/**
 * Quick fixes on problem markers (Ctrl+1 in the editor, Quick Fix in the Problems view): the
 * language server's code actions for the marker's finding, each applied as the edit it carries.
 */
public class QuickFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(ProblemMarkers.CODE, null) != null && !actions(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		List<IMarkerResolution> resolutions = new ArrayList<>();
		for (CodeAction action : actions(marker)) {
			resolutions.add(new IMarkerResolution2() {
				@Override
				public String getLabel() {
					return action.getTitle();
				}

				@Override
				public void run(IMarker fixed) {
					WorkspaceEdits.apply(action.getEdit());
				}

				@Override
				public String getDescription() {
					return Messages.bind(Messages.QuickFix_description, action.getTitle());
				}

				@Override
				public Image getImage() {
					return null;
				}
			});
		}
		return resolutions.toArray(IMarkerResolution[]::new);
	}

	private static List<CodeAction> actions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return List.of();
		}
		try {
			IDocument text = ProblemMarkers.textOf(file);
			Diagnostic diagnostic = ProblemMarkers.diagnostic(marker, text);
			CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(Uris.of(file)), diagnostic.getRange(),
					new CodeActionContext(List.of(diagnostic)));
			List<Either<Command, CodeAction>> answer = WorkbenchLanguageServer.await(EditorPlugin.get().server().services().codeAction(params));
			if (answer == null) {
				return List.of();
			}
			return answer.stream().filter(Either::isRight).map(Either::getRight).filter(action -> action.getEdit() != null).toList();
		} catch (CoreException | BadLocationException stale) {
			return List.of();
		}
	}
}
