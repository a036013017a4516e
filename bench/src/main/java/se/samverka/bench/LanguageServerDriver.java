/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;

import se.samverka.dsl.ide.server.InProcessClient;
import se.samverka.dsl.ide.server.SamverkaLanguageServer;

/**
 * Samverka's language server in this process, driven as the workbench's editor drives it
 * ({@code se.samverka.editor.server.WorkbenchLanguageServer}): one workspace folder, the client
 * watching files itself, whole texts sent on every change; each call waits until the server has
 * published the diagnostics of the document it changed.
 */
final class LanguageServerDriver implements AutoCloseable {
	/** Longer than any build of the benchmark's files takes; a server that does not answer by then is broken. */
	private static final long PATIENCE_SECONDS = 300;

	/** The diagnostics published for a file: how many. */
	record Diagnostics(int count) {
	}

	private final SamverkaLanguageServer server;
	private final Map<Path, BlockingQueue<Diagnostics>> published = new ConcurrentHashMap<>();
	private int version = 1;

	private LanguageServerDriver(SamverkaLanguageServer server) {
		this.server = server;
	}

	/** A server with the folder as its workspace, returned once it has built (and published the diagnostics of) every model in it. */
	static LanguageServerDriver start(Path folder) throws IOException, InterruptedException {
		LanguageServerDriver driver = new LanguageServerDriver(SamverkaLanguageServer.create());
		driver.server.connect(driver.new Client());
		InitializeParams params = InProcessClient.initializeParams(folder.toUri().toString());
		driver.server.initialize(params).join();
		driver.server.initialized(new InitializedParams());
		try (Stream<Path> models = Files.list(folder)) {
			for (Path model : models.filter(file -> file.toString().endsWith(".samverkan")).toList()) {
				driver.await(model);
			}
		}
		return driver;
	}

	/** Opens a document with its text; returns its first diagnostics. */
	Diagnostics open(String uri, String text) throws InterruptedException {
		Path file = Path.of(java.net.URI.create(uri));
		queue(file).clear();
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "samverka", version, text)));
		return await(file);
	}

	/** Sends an open document's new text, as the editor does on every keystroke; returns the diagnostics for it. */
	Diagnostics change(String uri, String text) throws InterruptedException {
		Path file = Path.of(java.net.URI.create(uri));
		queue(file).clear();
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
				List.of(new TextDocumentContentChangeEvent(text))));
		return await(file);
	}

	private Diagnostics await(Path file) throws InterruptedException {
		Diagnostics diagnostics = queue(file).poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
		if (diagnostics == null) {
			throw new IllegalStateException("no diagnostics for " + file + " after " + PATIENCE_SECONDS + " s");
		}
		return diagnostics;
	}

	private BlockingQueue<Diagnostics> queue(Path file) {
		return published.computeIfAbsent(file, any -> new LinkedBlockingQueue<>());
	}

	@Override
	public void close() {
		server.shutdown().join();
		server.exit();
	}

	/** The client's side: collects the diagnostics, applies nothing. */
	private final class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			queue(Path.of(java.net.URI.create(diagnostics.getUri()))).add(new Diagnostics(diagnostics.getDiagnostics().size()));
		}

		@Override
		public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
			return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
		}

		@Override
		public CompletableFuture<Void> registerCapability(RegistrationParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
