/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.workbench.tests.Workbench.botkyrkaEditor;
import static se.samverka.workbench.tests.Workbench.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.ui.texteditor.IDocumentProviderExtension3;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * Saving in the editor replaces the file by a rename, as every Samverka write does, instead of
 * writing into it: the file on disk is a new one (another inode) holding exactly the editor's text,
 * the workspace is in step with it, and the editor keeps its caret and is no longer dirty.
 */
class AtomicSaveTest {

	@Test
	void savingReplacesTheFileWholeAndTheEditorCarriesOn() throws Exception {
		ITextEditor editor = botkyrkaEditor();
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		Path path = file.getLocation().toFile().toPath();
		byte[] original = Files.readAllBytes(path);
		Object inodeBefore = Files.getAttribute(path, "unix:ino");
		IDocument document = ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		try {
			ui(() -> {
				document.replace(0, 0, "// sparat helt eller inte alls\n");
				editor.getSelectionProvider().setSelection(new TextSelection(40, 0));
				editor.doSave(null);
				return null;
			});
			assertFalse(ui(editor::isDirty), "saved");
			assertEquals(ui(document::get), Files.readString(path, StandardCharsets.UTF_8), "the file holds the editor's text");
			assertNotEquals(inodeBefore, Files.getAttribute(path, "unix:ino"), "a new file renamed into place");
			assertTrue(file.isSynchronized(IResource.DEPTH_ZERO), "the workspace is in step with the disk");
			assertTrue(ui(() -> ((IDocumentProviderExtension3) editor.getDocumentProvider())
					.isSynchronized(editor.getEditorInput())), "the editor does not see a change on disk");
			assertEquals(40, ui(() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset()),
					"the caret stays where it was");
		} finally {
			Files.write(path, original);
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			ui(() -> {
				editor.doRevertToSaved();
				return null;
			});
		}
	}
}
