/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.WorkspaceManager;

import com.google.inject.Singleton;

/**
 * Xtext's workspace manager, able to check models again although their text did not change:
 * when the severities chosen for them did (a settings file, the workbench's preferences). Xtext
 * re-reads a file from disk only when it is not open in an editor; an open one is checked again
 * with its text as the editor holds it.
 */
@Singleton
public class SamverkaWorkspaceManager extends WorkspaceManager {

	/** Queues the models to be checked again; the returned build checks them. */
	public Buildable checkAgain(List<URI> models) {
		List<URI> onDisk = new ArrayList<>();
		Buildable build = null;
		for (URI model : models) {
			var open = getOpenDocuments().get(model);
			if (open != null) {
				build = didChangeTextDocumentContent(model, open.getVersion(), List.of());
			} else {
				onDisk.add(model);
			}
		}
		return onDisk.isEmpty() && build != null ? build : didChangeFiles(onDisk, List.of());
	}

	/** Every model the server knows, open or on disk. */
	public List<URI> models() {
		List<URI> models = new ArrayList<>();
		getIndex().getAllResourceDescriptions().forEach(description -> models.add(description.getURI()));
		getOpenDocuments().keySet().stream().filter(uri -> !models.contains(uri)).forEach(models::add);
		return models;
	}
}
