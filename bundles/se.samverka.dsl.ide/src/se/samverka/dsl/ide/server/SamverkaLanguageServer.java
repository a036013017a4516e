/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.WorkspaceManager;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provider;

import se.samverka.dsl.validation.SeverityChoices;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.validation.Severities;

/**
 * The language server of Samverka: Xtext's {@link LanguageServerImpl} serving .samverkan files
 * with the services of {@code SamverkaIdeModule} (the findings of all rules, completion, hover,
 * outline, rename across files, formatting, quick fixes). A file sees the other files of its own
 * folder, as {@code samverka validate} loads them ({@link SameFolderContainerManager}).
 * {@code samverka lsp} {@linkplain #serve serves} it over standard input and output; an editor in
 * the same process {@linkplain #create() creates} one and calls it directly.
 */
public class SamverkaLanguageServer extends LanguageServerImpl {

	/**
	 * A new server, not yet connected to a client. Its {@code exit} does not end the process, so
	 * it can run inside the workbench or a test.
	 */
	public static SamverkaLanguageServer create() {
		return create(false);
	}

	/**
	 * Serves one client over the given streams until the input ends: reads LSP messages from
	 * {@code in} and writes nothing but LSP messages to {@code out}.
	 *
	 * @param exitEndsProcess whether the client's {@code exit} notification ends the Java
	 *                        process, as a server in a process of its own should (status 0 after
	 *                        {@code shutdown}, 1 without)
	 * @return done when the input has ended
	 */
	public static Future<Void> serve(InputStream in, OutputStream out, boolean exitEndsProcess) {
		SamverkaLanguageServer server = create(exitEndsProcess);
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out).create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	private static SamverkaLanguageServer create(boolean exitEndsProcess) {
		IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
		Injector language = new ServerLanguageSetup(languages).createInjectorAndDoEMFRegistration();
		AtomicReference<Severities> workspaceSeverities = new AtomicReference<>(Severities.none());
		// the server's resource sets make .samverkan resources of this language, whatever EMF's
		// global registry holds (inside the workbench: the editor's own registration)
		Provider<XtextResourceSet> resourceSets = () -> {
			XtextResourceSet set = language.getInstance(XtextResourceSet.class);
			set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(ModelFolder.EXTENSION,
					language.getInstance(IResourceFactory.class));
			SeverityChoices.attach(set, workspaceSeverities::get, Severities.none());
			return set;
		};
		Injector server = Guice.createInjector(Modules2.mixin(new ServerModule(), binder -> {
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages);
			binder.bind(XtextResourceSet.class).toProvider(resourceSets);
			binder.bind(WorkspaceManager.class).to(SamverkaWorkspaceManager.class);
			binder.bind(ILanguageServerShutdownAndExitHandler.class)
					.to(exitEndsProcess ? ILanguageServerShutdownAndExitHandler.DefaultImpl.class
							: ILanguageServerShutdownAndExitHandler.NullImpl.class);
		}));
		SamverkaLanguageServer created = server.getInstance(SamverkaLanguageServer.class);
		created.workspaceSeverities = workspaceSeverities;
		return created;
	}

	/** How often the folders of open models are compared with the disk, for clients that do not watch files. */
	static final long DISK_INTERVAL_MILLIS = 1000;

	/** The client's capabilities, from {@code initialize}. */
	private InitializeParams initializeParams;

	/** The folders of open models, looked at for changes on disk; null while the client watches files itself. */
	private volatile DiskChanges diskChanges;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		initializeParams = params;
		return super.initialize(params);
	}

	/**
	 * Asks the client to report changes of model and settings files on disk (LSP's dynamic
	 * registration of {@code workspace/didChangeWatchedFiles}); a client that cannot is not
	 * relied on: the server then looks at the folders of the open models itself.
	 */
	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		if (clientWatchesFiles()) {
			List<FileSystemWatcher> watchers = List.of(
					new FileSystemWatcher(Either.forLeft("**/*." + ModelFolder.EXTENSION)),
					new FileSystemWatcher(Either.forLeft("**/" + Severities.FILE_NAME)));
			getLanguageClient().registerCapability(new RegistrationParams(List.of(new Registration(
					"samverka-watched-files", "workspace/didChangeWatchedFiles",
					new DidChangeWatchedFilesRegistrationOptions(watchers)))));
		} else {
			diskChanges = new DiskChanges(events -> didChangeWatchedFiles(new DidChangeWatchedFilesParams(events)),
					DISK_INTERVAL_MILLIS);
		}
	}

	private boolean clientWatchesFiles() {
		var capabilities = initializeParams == null ? null : initializeParams.getCapabilities();
		var workspace = capabilities == null ? null : capabilities.getWorkspace();
		var watched = workspace == null ? null : workspace.getDidChangeWatchedFiles();
		return watched != null && Boolean.TRUE.equals(watched.getDynamicRegistration());
	}

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		super.didOpen(params);
		Path file = fileOf(params.getTextDocument().getUri());
		if (diskChanges != null && file != null) {
			diskChanges.opened(file);
		}
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		super.didClose(params);
		Path file = fileOf(params.getTextDocument().getUri());
		if (diskChanges != null && file != null) {
			diskChanges.closed(file);
		}
	}

	@Override
	public CompletableFuture<Object> shutdown() {
		if (diskChanges != null) {
			diskChanges.close();
		}
		return super.shutdown();
	}

	/** The file of a document's URI, or null for a document that is no file. */
	private static Path fileOf(String uri) {
		try {
			return Path.of(java.net.URI.create(uri));
		} catch (RuntimeException notAFile) {
			return null;
		}
	}

	/** The workspace's default severities (the workbench's preferences), which the server's resource sets read; none for a server of its own. */
	private AtomicReference<Severities> workspaceSeverities;

	/**
	 * Sets the workspace's default severities (under each folder's settings file) and checks every
	 * model again with them. The workbench calls this with its preferences.
	 */
	public void useWorkspaceSeverities(Severities severities) {
		if (!severities.chosen().equals(workspaceSeverities.getAndSet(severities).chosen())) {
			checkAgain(model -> true);
		}
	}

	/**
	 * A project settings file that changed changes the findings of every model beside it: those
	 * models are checked again, open or not (Xtext alone would not check an open one again).
	 */
	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		List<FileEvent> events = new ArrayList<>();
		List<URI> settingsFolders = new ArrayList<>();
		for (FileEvent event : params.getChanges()) {
			// the settings file itself is no model: the models beside it stand in for it
			if (event.getUri().endsWith("/" + Severities.FILE_NAME)) {
				settingsFolders.add(getURI(new TextDocumentIdentifier(event.getUri())).trimSegments(1));
			} else {
				events.add(event);
			}
		}
		if (!events.isEmpty()) {
			super.didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
		}
		if (!settingsFolders.isEmpty()) {
			checkAgain(model -> settingsFolders.contains(model.trimSegments(1)));
		}
	}

	/** Checks the models the test picks again, as a build of their own. */
	private void checkAgain(Predicate<URI> which) {
		SamverkaWorkspaceManager workspace = (SamverkaWorkspaceManager) getWorkspaceManager();
		getRequestManager().runWrite(() -> workspace.checkAgain(workspace.models().stream().filter(which).toList()),
				(cancel, build) -> build.build(cancel));
	}

	/** Reads the current state of a document (open or on disk) under the server's read lock, for in-process views of model elements. */
	public <T> java.util.concurrent.CompletableFuture<T> read(String uri,
			java.util.function.BiFunction<org.eclipse.xtext.ide.server.Document, org.eclipse.xtext.resource.XtextResource, T> reader) {
		// the URI in the server's own form, as didOpen stored it: another form would read the file from disk
		org.eclipse.emf.common.util.URI resourceUri = getURI(new org.eclipse.lsp4j.TextDocumentIdentifier(uri));
		return getRequestManager().runRead(cancel -> getWorkspaceManager().doRead(resourceUri,
				(document, resource) -> reader.apply(document, resource)));
	}
}
