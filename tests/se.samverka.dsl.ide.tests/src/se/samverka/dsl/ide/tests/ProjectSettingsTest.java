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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.ide.server.SamverkaLanguageServer;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;
import se.samverka.model.nls.Language;
import se.samverka.validation.Rule;
import se.samverka.validation.Severities;
import se.samverka.validation.Severities.Level;

/**
 * The language server shows findings at the severities of the project settings file beside the
 * models (samverka.properties), as {@code samverka validate} prints them, and follows the file
 * when it changes.
 */
class ProjectSettingsTest {
	@TempDir
	Path folder;

	@Test
	void theDiagnosticsFollowTheSettingsFile() throws Exception {
		Language.use(Language.SWEDISH);
		copyBotkyrka();
		Path settings = Files.writeString(folder.resolve("samverka.properties"),
				"severity.P4 = ignore\nseverity.G8 = error\n", StandardCharsets.UTF_8);
		Path underavtal = folder.resolve("underavtal.samverkan");
		try (LspSession session = new LspSession(folder)) {
			session.open(underavtal);
			List<Diagnostic> shown = until(session, underavtal, d -> count(d, "G8", DiagnosticSeverity.Error) == 12);
			assertEquals(0, count(shown, "P4", null), shown.toString());
			assertEquals(0, count(shown, "G8", DiagnosticSeverity.Warning));
			assertEquals(9, count(shown, "P8", DiagnosticSeverity.Warning), "the other rules as the catalogue says");

			// the user takes P4 back and leaves G8 to the catalogue: the server checks the folder again
			Files.writeString(settings, "# nothing chosen\n", StandardCharsets.UTF_8);
			session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(LspSession.uri(settings), FileChangeType.Changed))));
			shown = until(session, underavtal, d -> count(d, "P4", DiagnosticSeverity.Warning) == 7);
			assertEquals(12, count(shown, "G8", DiagnosticSeverity.Warning), shown.toString());

			// a line in error is said, with its place, at the top of each model of the folder
			Files.writeString(settings, "severity.P4 = tyst\n", StandardCharsets.UTF_8);
			session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(LspSession.uri(settings), FileChangeType.Changed))));
			shown = until(session, underavtal, d -> count(d, "SETTINGS", DiagnosticSeverity.Warning) == 1);
			Diagnostic said = shown.stream().filter(d -> "SETTINGS".equals(d.getCode().getLeft())).findFirst().get();
			assertEquals(settings + ":1:15: 'tyst' är ingen allvarlighetsgrad; välj error, warning, info eller ignore",
					said.getMessage().getLeft());
			assertEquals(0, said.getRange().getStart().getLine());
			assertEquals(7, count(shown, "P4", DiagnosticSeverity.Warning), "the catalogue's severity meanwhile");
		}
	}

	@Test
	void theWorkspaceDefaultIsUnderTheSettingsFile() throws Exception {
		Language.use(Language.SWEDISH);
		copyBotkyrka();
		Files.writeString(folder.resolve("samverka.properties"), "severity.P4 = error\n", StandardCharsets.UTF_8);
		Path underavtal = folder.resolve("underavtal.samverkan");
		// as the workbench's Kontrollera modeller: the preferences say P4 and P7 are to be ignored
		ModelFolder models = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ModelFolder.class);
		models.chooseSeverities(() -> Severities.of(Map.of(Rule.P4, Level.IGNORE, Rule.P7, Level.IGNORE)), Severities.none());
		models.load(List.of(underavtal));
		List<Problem> problems = models.validate(underavtal, CancelIndicator.NullImpl);
		assertEquals(7, problems.stream().filter(p -> p.code().equals("P4") && p.severity() == Problem.Severity.ERROR).count());
		assertEquals(0, problems.stream().filter(p -> p.code().equals("P7")).count());
		assertEquals(9, problems.stream().filter(p -> p.code().equals("P8") && p.severity() == Problem.Severity.WARNING).count());
	}

	@Test
	void theWorkbenchsPreferencesReachTheServerInItsProcess() throws Exception {
		Language.use(Language.SWEDISH);
		copyBotkyrka();
		Path underavtal = folder.resolve("underavtal.samverkan");
		Map<String, List<Diagnostic>> published = new java.util.concurrent.ConcurrentHashMap<>();
		SamverkaLanguageServer server = SamverkaLanguageServer.create();
		server.connect(new LanguageClient() {
			@Override
			public void publishDiagnostics(PublishDiagnosticsParams params) {
				published.put(params.getUri(), params.getDiagnostics());
			}

			@Override
			public void telemetryEvent(Object object) {
			}

			@Override
			public void showMessage(MessageParams params) {
			}

			@Override
			public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
				return CompletableFuture.completedFuture(null);
			}

			@Override
			public void logMessage(MessageParams params) {
			}
		});
		InitializeParams initialize = new InitializeParams();
		initialize.setProcessId((int) ProcessHandle.current().pid());
		initialize.setRootUri(folder.toUri().toString());
		initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "prov")));
		initialize.setCapabilities(new ClientCapabilities());
		server.initialize(initialize).get(LspSession.SECONDS, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		try {
			String uri = LspSession.uri(underavtal);
			server.didOpen(new DidOpenTextDocumentParams(
					new TextDocumentItem(uri, "samverka", 1, Files.readString(underavtal, StandardCharsets.UTF_8))));
			waitFor(() -> count(published.getOrDefault(uri, List.of()), "P8", DiagnosticSeverity.Warning) == 9);
			// the preference page: P8 not at all, G8 as errors
			server.useWorkspaceSeverities(Severities.of(Map.of(Rule.P8, Level.IGNORE, Rule.G8, Level.ERROR)));
			waitFor(() -> count(published.getOrDefault(uri, List.of()), "G8", DiagnosticSeverity.Error) == 12);
			assertEquals(0, count(published.get(uri), "P8", null), published.get(uri).toString());
		} finally {
			server.shutdown().get(LspSession.SECONDS, TimeUnit.SECONDS);
		}
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long end = System.currentTimeMillis() + LspSession.SECONDS * 1000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			Thread.sleep(200);
		}
		assertTrue(condition.getAsBoolean(), "the server did not publish what was expected in time");
	}

	/** Botkyrka's three files, in a folder of their own where a settings file may be written. */
	private void copyBotkyrka() throws java.io.IOException {
		Path botkyrka = Path.of(System.getProperty("samverka.examples", "../../examples")).resolve("botkyrka");
		try (Stream<Path> files = Files.list(botkyrka)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".samverkan")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
	}

	/** The diagnostics published for the file, once they are as expected (a rebuild publishes them anew). */
	private static List<Diagnostic> until(LspSession session, Path file, Predicate<List<Diagnostic>> expected)
			throws Exception {
		long end = System.currentTimeMillis() + LspSession.SECONDS * 1000;
		List<Diagnostic> shown = session.diagnostics(file).getDiagnostics();
		while (!expected.test(shown) && System.currentTimeMillis() < end) {
			Thread.sleep(200);
			shown = session.diagnostics(file).getDiagnostics();
		}
		assertTrue(expected.test(shown), shown.toString());
		return shown;
	}

	private static long count(List<Diagnostic> diagnostics, String code, DiagnosticSeverity severity) {
		return diagnostics.stream().filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft()))
				.filter(d -> severity == null || d.getSeverity() == severity).count();
	}
}
