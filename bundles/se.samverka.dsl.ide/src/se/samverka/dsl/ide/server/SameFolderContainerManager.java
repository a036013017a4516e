/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.containers.StateBasedContainerManager;
import org.eclipse.xtext.resource.impl.AbstractContainer;

import com.google.common.collect.Iterables;

/**
 * What a file may refer to in the language server: the .samverkan files of its own folder, as
 * {@code samverka validate} loads them (see ModelFolder). Xtext's server would otherwise let
 * every file of a workspace folder see every other, so opening a whole repository would link
 * {@code Polisen} in one model to a {@code Polisen} of another folder (or a copy under target/).
 */
public class SameFolderContainerManager extends StateBasedContainerManager {

	@Override
	public IContainer getContainer(IResourceDescription description, IResourceDescriptions descriptions) {
		return new FolderContainer(super.getContainer(description, descriptions), folderOf(description.getURI()));
	}

	@Override
	public List<IContainer> getVisibleContainers(IResourceDescription description,
			IResourceDescriptions descriptions) {
		URI folder = folderOf(description.getURI());
		return super.getVisibleContainers(description, descriptions).stream()
				.<IContainer>map(container -> new FolderContainer(container, folder)).toList();
	}

	static URI folderOf(URI file) {
		return file.trimSegments(1);
	}

	/** The part of a container whose files lie directly in one folder. */
	static final class FolderContainer extends AbstractContainer {
		private final IContainer delegate;
		private final URI folder;

		/** The folder's URI and a slash: what the URI of every file in it begins with. */
		private final String prefix;

		FolderContainer(IContainer delegate, URI folder) {
			this.delegate = delegate;
			this.folder = folder;
			this.prefix = folder.toString() + "/";
		}

		/**
		 * Compares the URIs' texts (EMF keeps each URI's text) rather than making the file's folder
		 * URI: this runs for every file of the index each time a scope is made, and at 290 files
		 * making those URIs took a third of a keystroke's time in the editor.
		 */
		private boolean inFolder(URI file) {
			if (file == null) {
				return false;
			}
			String text = file.toString();
			return text.length() > prefix.length() && text.startsWith(prefix) && text.indexOf('/', prefix.length()) < 0;
		}

		@Override
		public Iterable<IResourceDescription> getResourceDescriptions() {
			return Iterables.filter(delegate.getResourceDescriptions(), description -> inFolder(description.getURI()));
		}

		@Override
		public boolean hasResourceDescription(URI uri) {
			return inFolder(uri) && delegate.hasResourceDescription(uri);
		}

		@Override
		public IResourceDescription getResourceDescription(URI uri) {
			return inFolder(uri) ? delegate.getResourceDescription(uri) : null;
		}
	}
}
