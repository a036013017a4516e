/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

import se.samverka.dsl.ide.server.InProcessClient;
import se.samverka.dsl.ide.server.SamverkaLanguageServer;
import se.samverka.editor.EditorPlugin;
import se.samverka.validation.Severities;

/**
 * The Samverka language server running inside the workbench, with the workspace as its one
 * workspace folder. Open editors send their text as it changes; files changed on disk are
 * reported as watched-file events; diagnostics come back as problem markers.
 */
public final class WorkbenchLanguageServer {
	/** How long the editor waits for an answer before it gives up (content assist, hover, ...). */
	private static final long ANSWER_SECONDS = 10;

	private final SamverkaLanguageServer server;
	private final Map<String, AtomicInteger> openVersions = new ConcurrentHashMap<>();
	private final IResourceChangeListener fileWatcher = this::resourcesChanged;
	private WorkbenchLanguageServer(SamverkaLanguageServer server) {
		this.server = server;
	}

	public static WorkbenchLanguageServer start() {
		quietLogging();
		SamverkaLanguageServer server = SamverkaLanguageServer.create();
		server.connect(new MarkerClient());
		InitializeParams params = InProcessClient.initializeParams(Uris.of(ResourcesPlugin.getWorkspace().getRoot().getLocation()));
		server.initialize(params).join();
		server.initialized(new InitializedParams());
		WorkbenchLanguageServer workbenchServer = new WorkbenchLanguageServer(server);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(workbenchServer.fileWatcher, IResourceChangeEvent.POST_CHANGE);
		return workbenchServer;
	}

	/** Xtext logs through log4j; unconfigured, log4j complains on stderr. Warnings and errors are kept, on stderr. */
	private static void quietLogging() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new ConsoleAppender(new PatternLayout("%p %c: %m%n"), ConsoleAppender.SYSTEM_ERR));
		}
		root.setLevel(Level.WARN);
	}

	public void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileWatcher);
		server.shutdown();
		server.exit();
	}

	public SamverkaLanguageServer services() {
		return server;
	}

	public void opened(String uri, String text) {
		AtomicInteger version = new AtomicInteger(1);
		openVersions.put(uri, version);
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "samverka", version.get(), text)));
	}

	public void changed(String uri, String text) {
		AtomicInteger version = openVersions.get(uri);
		if (version == null) {
			opened(uri, text);
			return;
		}
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version.incrementAndGet()),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	public void closed(String uri) {
		if (openVersions.remove(uri) != null) {
			server.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
		}
	}

	/** The answer of a request, or null if the server failed or took too long (logged; an editor must not hang). */
	public static <T> T await(CompletableFuture<T> answer) {
		try {
			return answer.get(ANSWER_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return null;
		} catch (Exception failed) {
			answer.cancel(true);
			EditorPlugin.log("Samverka language server: no answer", failed);
			return null;
		}
	}

	/** Files changed on disk (saved, created, deleted, refreshed): tell the server, which links each file within its folder by itself. */
	private void resourcesChanged(IResourceChangeEvent event) {
		List<FileEvent> changes = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				// a project settings file changes the severities of the models beside it: the server checks them again
				if (delta.getResource() instanceof IFile file && (Uris.isModel(file) || Severities.FILE_NAME.equals(file.getName()))
						&& file.getLocation() != null) {
					switch (delta.getKind()) {
					case IResourceDelta.ADDED -> changes.add(new FileEvent(Uris.of(file), FileChangeType.Created));
					case IResourceDelta.REMOVED -> changes.add(new FileEvent(Uris.of(file), FileChangeType.Deleted));
					case IResourceDelta.CHANGED -> {
						if ((delta.getFlags() & IResourceDelta.CONTENT) != 0) {
							changes.add(new FileEvent(Uris.of(file), FileChangeType.Changed));
						}
					}
					default -> {
					}
					}
				}
				return delta.getResource().getType() != IResource.FILE;
			});
		} catch (CoreException unreadable) {
			EditorPlugin.log("Samverka: workspace change not readable", unreadable);
		}
		if (!changes.isEmpty()) {
			server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(changes));
		}
	}
}
