/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.tests;

import java.io.IOException;
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

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
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

	LspSession(Path root) throws Exception {
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
		initialize.setCapabilities(new ClientCapabilities());
		server.initialize(initialize).get(SECONDS, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	static String uri(Path file) {
		return file.toUri().toString();
	}

	/** Opens a file in the editor, with its text as on disk. */
	void open(Path file) throws IOException {
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file),
				"samverka", 1, Files.readString(file, StandardCharsets.UTF_8))));
	}

	/** The diagnostics the server has published for a file, waiting for them if none came yet. */
	PublishDiagnosticsParams diagnostics(Path file) throws Exception {
		return published(file).get(SECONDS, TimeUnit.SECONDS);
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
	}
}
