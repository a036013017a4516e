/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.tests;

import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import se.samverka.dsl.ide.server.SamverkaLanguageServer;

/**
 * An editor's side of one session with the Samverka language server: LSP4J as the client,
 * talking JSON-RPC through pipes to the server that {@code samverka lsp} runs on stdio.
 */
final class LspSession implements AutoCloseable {
	static final long SECONDS = 120;

	private final Map<Path, CompletableFuture<PublishDiagnosticsParams>> diagnostics = new ConcurrentHashMap<>();
	private final OutputStream toServer;
	private final Future<Void> serving;
	private final Future<Void> listening;
	final LanguageServer server;

	/** What the server answered to initialize: its capabilities. */
	final InitializeResult initialized;

	/** The edits the server asked the client to apply (workspace/applyEdit), in order. */
	final List<ApplyWorkspaceEditParams> appliedEdits = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** The registrations the server asked the client for (watched files, …). */
	final List<Registration> registrations = new java.util.concurrent.CopyOnWriteArrayList<>();

	LspSession(Path root) throws Exception {
		this(root, false);
	}

	/**
	 * @param watchesFiles whether the client offers to watch files for the server (LSP's dynamic
	 *                     registration of workspace/didChangeWatchedFiles), as VS Code does and
	 *                     Neovim and Helix do not
	 */
	LspSession(Path root, boolean watchesFiles) throws Exception {
		Pipe requests = Pipe.open();
		Pipe answers = Pipe.open();
		toServer = Channels.newOutputStream(requests.sink());
		serving = SamverkaLanguageServer.serve(Channels.newInputStream(requests.source()),
				Channels.newOutputStream(answers.sink()), false);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(),
				Channels.newInputStream(answers.source()), toServer);
		listening = launcher.startListening();
		server = launcher.getRemoteProxy();
		String rootUri = root.toUri().toString();
		InitializeParams initialize = new InitializeParams();
		initialize.setProcessId((int) ProcessHandle.current().pid());
		initialize.setRootUri(rootUri);
		initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(rootUri, root.getFileName().toString())));
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		// the client runs commands the server offers, and applies the edits they send
		workspace.setExecuteCommand(new ExecuteCommandCapabilities(false));
		workspace.setApplyEdit(true);
		if (watchesFiles) {
			workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
		}
		capabilities.setWorkspace(workspace);
		initialize.setCapabilities(capabilities);
		initialized = server.initialize(initialize).get(SECONDS, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	static String uri(Path file) {
		return file.toUri().toString();
	}

	/**
	 * Opens a file in the editor, with its text as on disk, and returns once the server has taken
	 * it in (a request after the notification is answered after it), as an editor's next step would.
	 */
	void open(Path file) throws Exception {
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file),
				"samverka", 1, Files.readString(file, StandardCharsets.UTF_8))));
		server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri(file))))
				.get(SECONDS, TimeUnit.SECONDS);
	}

	/** The editor's text of an open file changes (the whole text, as a new version). */
	void change(Path file, String text) {
		var document = new VersionedTextDocumentIdentifier(uri(file), versions.merge(file, 2, (old, one) -> old + 1));
		server.getTextDocumentService().didChange(
				new DidChangeTextDocumentParams(document, List.of(new TextDocumentContentChangeEvent(text))));
	}

	private final Map<Path, Integer> versions = new ConcurrentHashMap<>();

	/** The diagnostics the server has published for a file, waiting for them if none came yet. */
	PublishDiagnosticsParams diagnostics(Path file) throws Exception {
		return published(file).get(SECONDS, TimeUnit.SECONDS);
	}

	/**
	 * Waits until the diagnostics published for a file satisfy the test (the newest list counts),
	 * and returns them; fails after the timeout with the last list seen.
	 */
	List<Diagnostic> awaitDiagnostics(Path file, java.util.function.Predicate<List<Diagnostic>> test, long timeoutSeconds)
			throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		List<Diagnostic> last = null;
		while (System.nanoTime() < end) {
			CompletableFuture<PublishDiagnosticsParams> published = published(file);
			if (published.isDone()) {
				last = published.get().getDiagnostics();
				if (test.test(last)) {
					return last;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("diagnostics of " + file.getFileName() + " never as expected; last: " + last);
	}

	private CompletableFuture<PublishDiagnosticsParams> published(Path file) {
		return diagnostics.computeIfAbsent(file.toAbsolutePath().normalize(), key -> new CompletableFuture<>());
	}

	@Override
	public void close() throws Exception {
		try {
			server.shutdown().get(SECONDS, TimeUnit.SECONDS);
		} finally {
			// the editor goes away: the server stops when its input ends
			toServer.close();
			serving.get(SECONDS, TimeUnit.SECONDS);
			listening.cancel(true);
		}
	}

	private final class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			Path file = Path.of(java.net.URI.create(params.getUri())).toAbsolutePath().normalize();
			// the newest list replaces what an earlier build published
			diagnostics.compute(file, (key, old) -> old == null || old.isDone()
					? CompletableFuture.completedFuture(params)
					: complete(old, params));
		}

		private CompletableFuture<PublishDiagnosticsParams> complete(CompletableFuture<PublishDiagnosticsParams> waiting,
				PublishDiagnosticsParams params) {
			waiting.complete(params);
			return waiting;
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

		@Override
		public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
			appliedEdits.add(params);
			return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
		}

		@Override
		public CompletableFuture<Void> registerCapability(RegistrationParams params) {
			registrations.addAll(params.getRegistrations());
			return CompletableFuture.completedFuture(null);
		}
	}
}
