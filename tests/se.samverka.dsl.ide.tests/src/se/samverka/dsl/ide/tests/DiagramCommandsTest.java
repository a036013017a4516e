/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * The diagram's operations offered by the language server to any client: announced as commands,
 * run by {@code workspace/executeCommand} with JSON arguments, the text edit sent back with
 * {@code workspace/applyEdit} and answered, a refusal answered with a message.
 */
class DiagramCommandsTest {

	@Test
	void aClientMakesABodyThroughTheLanguageServer(@TempDir Path workspace) throws Exception {
		Path folder = Files.createDirectory(workspace.resolve("botkyrka"));
		Path examples = Path.of(System.getProperty("samverka.examples", "../../examples"), "botkyrka");
		try (var models = Files.list(examples)) {
			for (Path model : models.toList()) {
				Files.copy(model, folder.resolve(model.getFileName()));
			}
		}
		Path underavtal = folder.resolve("underavtal.samverkan");
		try (LspSession session = new LspSession(workspace)) {
			List<String> commands = session.initialized.getCapabilities().getExecuteCommandProvider().getCommands();
			assertTrue(commands.containsAll(List.of("samverka.diagram.createBody", "samverka.diagram.moveMember",
					"samverka.diagram.connect", "samverka.diagram.delete", "samverka.diagram.setAttributes")), commands.toString());
			session.open(underavtal);

			JsonObject arguments = new JsonObject();
			arguments.addProperty("uri", LspSession.uri(underavtal));
			arguments.addProperty("kind", "arbetsgrupp");
			arguments.addProperty("title", "Grupp mot klotter");
			Object answer = session.server.getWorkspaceService()
					.executeCommand(new ExecuteCommandParams("samverka.diagram.createBody", List.of(arguments)))
					.get(LspSession.SECONDS, TimeUnit.SECONDS);
			JsonObject result = new Gson().toJsonTree(answer).getAsJsonObject();
			assertEquals("GruppMotKlotter", result.get("element").getAsString());

			assertEquals(1, session.appliedEdits.size(), "the edit is sent to the client to apply");
			WorkspaceEdit applied = session.appliedEdits.get(0).getEdit();
			var edits = TextEdits.byFile(applied);
			assertEquals(List.of(underavtal), List.copyOf(edits.keySet()));
			String before = Files.readString(underavtal, StandardCharsets.UTF_8);
			String after = TextEdits.applied(underavtal, edits.get(underavtal));
			LineDiff diff = LineDiff.of(before, after);
			assertEquals(List.of("arbetsgrupp GruppMotKlotter \"Grupp mot klotter\""), diff.added());
			assertEquals(List.of(), diff.removed());
			assertEquals(applied.getChanges().size(), result.getAsJsonObject("edit").getAsJsonObject("changes").size(),
					"the answer holds the same edit");

			// before deleting, a client asks where the text refers to the element
			JsonObject styrgruppen = new JsonObject();
			styrgruppen.addProperty("uri", LspSession.uri(underavtal));
			styrgruppen.addProperty("element", "Styrgruppen");
			JsonObject references = new Gson().toJsonTree(session.server.getWorkspaceService()
					.executeCommand(new ExecuteCommandParams("samverka.diagram.danglingReferences", List.of(styrgruppen)))
					.get(LspSession.SECONDS, TimeUnit.SECONDS)).getAsJsonObject();
			var first = references.getAsJsonArray("danglingReferences").get(0).getAsJsonObject();
			assertEquals(LspSession.uri(underavtal), first.get("file").getAsString());
			assertEquals("rapporterar till Styrgruppen", first.get("text").getAsString());
			assertEquals(1, session.appliedEdits.size(), "asking edits nothing");

			JsonObject unknown = new JsonObject();
			unknown.addProperty("uri", LspSession.uri(underavtal));
			unknown.addProperty("body", "Styrgruppen");
			unknown.addProperty("role", "Brandchef");
			ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
					() -> session.server.getWorkspaceService()
							.executeCommand(new ExecuteCommandParams("samverka.diagram.createMember", List.of(unknown)))
							.get(LspSession.SECONDS, TimeUnit.SECONDS));
			assertTrue(refused.getCause() instanceof ResponseErrorException, refused.toString());
			assertTrue(refused.getCause().getMessage().contains("Brandchef"), refused.getCause().getMessage());
			assertEquals(1, session.appliedEdits.size(), "nothing is applied when a command is refused");
		}
	}
}
