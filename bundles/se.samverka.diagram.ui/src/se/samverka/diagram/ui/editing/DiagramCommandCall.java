/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.editing;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

import com.google.gson.JsonObject;

import se.samverka.dsl.ide.diagramedit.DiagramCommands;
import se.samverka.editor.EditorPlugin;

/**
 * Runs one of the language server's diagram commands ({@code samverka.diagram.*}) in process, as
 * the workbench's language client, and returns its answer without letting the server apply the
 * edit: the view applies it to the editors itself, so that it lands in their undo history.
 */
final class DiagramCommandCall {
	/** A diagram edit runs on one folder's models: a few hundred milliseconds; more means the server is stuck. */
	private static final long ANSWER_SECONDS = 20;

	private DiagramCommandCall() {
	}

	/** The server's answer; a refusal (an element not there, a bad frequency) as its message in the user's language. */
	static DiagramCommands.Result run(String command, JsonObject arguments) throws EditRefused {
		arguments.addProperty("apply", false);
		// as JSON text, which the server reads whichever Gson the bundles were wired to
		var answer = EditorPlugin.get().server().services()
				.executeCommand(new ExecuteCommandParams(command, List.of(arguments.toString())));
		try {
			Object result = answer.get(ANSWER_SECONDS, TimeUnit.SECONDS);
			if (result instanceof DiagramCommands.Result done) {
				return done;
			}
			throw new EditRefused(Messages.Edit_noAnswer);
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new EditRefused(Messages.Edit_noAnswer);
		} catch (TimeoutException slow) {
			answer.cancel(true);
			EditorPlugin.log("Samverka: diagram command " + command + " unanswered after " + ANSWER_SECONDS + " s", slow);
			throw new EditRefused(Messages.Edit_noAnswer);
		} catch (ExecutionException failed) {
			for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
				if (cause instanceof ResponseErrorException refused) {
					throw new EditRefused(refused.getResponseError().getMessage());
				}
			}
			EditorPlugin.log("Samverka: diagram command " + command + " failed", failed);
			throw new EditRefused(Messages.Edit_noAnswer);
		}
	}

	/** An edit the server would not make; the message says why, for the user. */
	static final class EditRefused extends Exception {
		private static final long serialVersionUID = 1L;

		EditRefused(String message) {
			super(message);
		}
	}
}
