/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.markers.ProblemMarkers;
import se.samverka.editor.markers.StartupReport;

/** The workbench as the language server's client: diagnostics become markers, edits are applied to the files. */
final class MarkerClient implements LanguageClient {

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		IFile file = Uris.file(diagnostics.getUri());
		if (file != null) {
			ProblemMarkers.replace(file, diagnostics.getDiagnostics());
			StartupReport.markersReplaced(file);
		}
	}

	@Override
	public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
		return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(WorkspaceEdits.apply(params.getEdit())));
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
		logMessage(message);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		// the server's notes are information, not errors: only its errors go to the log as errors
		if (message.getType() == MessageType.Error) {
			EditorPlugin.log("Samverka language server: " + message.getMessage(), null);
		} else {
			ILog.of(MarkerClient.class).info("Samverka language server: " + message.getMessage());
		}
	}

	/** The server asks to be told of changed files: the workbench's resource listener already tells it. */
	@Override
	public CompletableFuture<Void> registerCapability(RegistrationParams params) {
		return CompletableFuture.completedFuture(null);
	}
}
