/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.server;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.ide.server.UriExtensions;

/** Between the workbench's files and documents and the language server's URIs, in the form Xtext writes them. */
public final class Uris {
	private static final UriExtensions URIS = new UriExtensions();

	private Uris() {
	}

	public static String of(IPath location) {
		return URIS.toUriString(URI.createFileURI(location.toOSString()));
	}

	public static String of(IFile file) {
		return file.getLocation() == null ? null : of(file.getLocation());
	}

	/** The URI of the file a text document was opened from, or null for a document that is no file. */
	public static String of(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return file.exists() ? of(file) : of(buffer.getLocation());
	}

	/** The workspace file at a URI the server sent, or null if it lies outside the workspace. */
	public static IFile file(String uri) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(uri));
		return files.length == 0 ? null : files[0];
	}

	public static boolean isModel(IFile file) {
		return "samverkan".equals(file.getFileExtension());
	}
}
