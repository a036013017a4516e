/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.save;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;

import se.samverka.dsl.workspace.AtomicFiles;

/**
 * Saves a .samverkan file the way Samverka writes every file: the text goes to a temporary file
 * beside it, which replaces the file in one rename, so a crash or a full disk during a save leaves
 * the old file whole. Eclipse's own save writes into the file in place.
 *
 * <p>After the rename the workspace is refreshed while the file buffer still counts as unsaved (so
 * it ignores the change), and the buffer is then reverted to the file: its text is the same, so the
 * editor keeps its text, caret and undo history and only stops being dirty. A save over a file
 * changed on disk meanwhile is left to Eclipse, which asks the user first, and so is a new file.
 */
public class AtomicSaveDocumentProvider extends TextFileDocumentProvider {

	@Override
	protected DocumentProviderOperation createSaveOperation(Object element, IDocument document, boolean overwrite)
			throws CoreException {
		FileInfo info = getFileInfo(element);
		IFile file = element instanceof IFileEditorInput input ? input.getFile() : null;
		if (info == null || info.fTextFileBuffer == null || file == null || file.getLocation() == null || !file.exists()
				|| !overwrite && !info.fTextFileBuffer.isSynchronized() || document != info.fTextFileBuffer.getDocument()) {
			return super.createSaveOperation(element, document, overwrite);
		}
		ITextFileBuffer buffer = info.fTextFileBuffer;
		return new DocumentProviderOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				try {
					AtomicFiles.write(file.getLocation().toFile().toPath(), bytes(file, buffer, document));
				} catch (IOException unwritable) {
					throw new CoreException(Status.error(unwritable.getMessage(), unwritable));
				}
				file.refreshLocal(IResource.DEPTH_ZERO, monitor);
				buffer.revert(monitor);
			}

			@Override
			public ISchedulingRule getSchedulingRule() {
				// the refresh takes the rule it needs; holding the file's rule here would forbid it
				return null;
			}
		};
	}

	/** The text in the file's encoding, with the byte order mark the file had. */
	private static byte[] bytes(IFile file, ITextFileBuffer buffer, IDocument document) throws CoreException, IOException {
		String encoding = buffer.getEncoding() != null ? buffer.getEncoding() : file.getCharset();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		IContentDescription description = file.getContentDescription();
		if (description != null && description.getProperty(IContentDescription.BYTE_ORDER_MARK) instanceof byte[] mark) {
			bytes.write(mark);
		}
		bytes.write(document.get().getBytes(encoding));
		return bytes.toByteArray();
	}
}
