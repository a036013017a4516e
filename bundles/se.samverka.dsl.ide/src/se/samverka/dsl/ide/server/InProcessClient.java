/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.server;

import java.util.List;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;

/**
 * What a client in the server's own process says of itself when it starts the server: the
 * workbench's editor, and the benchmarks that time what the editor waits for, so that they
 * measure the server the editor gets.
 */
public final class InProcessClient {
	private InProcessClient() {
	}

	/** The initialize request for a workspace of one folder. */
	public static InitializeParams initializeParams(String folderUri) {
		WorkspaceFolder root = new WorkspaceFolder(folderUri, "workspace");
		InitializeParams params = new InitializeParams();
		params.setWorkspaceFolders(List.of(root));
		params.setRootUri(root.getUri());
		params.setProcessId((int) ProcessHandle.current().pid());
		ClientCapabilities capabilities = new ClientCapabilities();
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true); // the outline is a tree
		text.setDocumentSymbol(symbols);
		capabilities.setTextDocument(text);
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		// the client watches the files the server asks for (the workbench: its resource listener)
		workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
		// the diagram view runs the server's diagram edits (samverka.diagram.*) as commands
		workspace.setExecuteCommand(new ExecuteCommandCapabilities(false));
		capabilities.setWorkspace(workspace);
		params.setCapabilities(capabilities);
		return params;
	}
}
