/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.workbench.tests.Workbench.botkyrkaEditor;
import static se.samverka.workbench.tests.Workbench.exampleProject;
import static se.samverka.workbench.tests.Workbench.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverka.formats.Formats;
import se.samverka.formats.ImportFormat;
import se.samverka.workbench.wizards.ImportWizard;

/**
 * The import job of File > Import > Samverka on Botkyrka's sub-agreement in the example project: an
 * edited action plan comes in and the workspace sees the new file; with unsaved text in the editor
 * the import refuses, and neither the file nor the editor's text is lost.
 */
class ImportWizardTest {
	private IFile underavtal;
	private Path file;
	private byte[] original;

	@BeforeEach
	void rememberBotkyrka() throws Exception {
		underavtal = exampleProject().getFile("botkyrka/underavtal.samverkan");
		file = underavtal.getLocation().toFile().toPath();
		original = Files.readAllBytes(file);
	}

	@AfterEach
	void restoreBotkyrka() throws Exception {
		Files.write(file, original);
		underavtal.refreshLocal(0, null);
	}

	@Test
	void anEditedActionPlanComesIntoTheModelAndTheWorkspaceSeesIt() throws Exception {
		Path csv = actionPlanWithNewTarget();
		Job job = ImportWizard.importJob(csv, csvActionPlan(), file, null, false);
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		assertTrue(job.getResult().getMessage().contains("Målvärde ändrat från '186' till '200'"), job.getResult().getMessage());
		assertTrue(Files.readString(file).contains("målvärde minst 200 år 2015"));
		assertTrue(underavtal.isSynchronized(0), "the workspace was refreshed");
	}

	@Test
	void unsavedTextInTheEditorIsNeitherOverwrittenNorLost() throws Exception {
		ITextEditor editor = botkyrkaEditor();
		IDocument document = ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		try {
			ui(() -> {
				document.replace(0, 0, "// ett osparat tillägg\n");
				return null;
			});
			assertTrue(ui(editor::isDirty));
			Job job = ImportWizard.importJob(actionPlanWithNewTarget(), csvActionPlan(), file, null, false);
			job.schedule();
			job.join();
			assertEquals(IStatus.ERROR, job.getResult().getSeverity());
			assertTrue(job.getResult().getMessage().contains("ändringar som inte är sparade"), job.getResult().getMessage());
			assertArrayEquals(original, Files.readAllBytes(file), "the file is untouched");
			assertTrue(ui(() -> document.get().startsWith("// ett osparat tillägg\n")), "the editor's text is kept");
		} finally {
			ui(() -> {
				editor.doRevertToSaved();
				return null;
			});
		}
	}

	private static ImportFormat csvActionPlan() {
		return Formats.importFormat("csv").orElseThrow();
	}

	/** Botkyrka's action plan as CSV, with the target of Stödcentrum's goal raised from 186 to 200. */
	private Path actionPlanWithNewTarget() throws Exception {
		Path csv = Files.createTempDirectory("samverka-import").resolve("handlingsplan.csv");
		var export = (se.samverka.formats.FileExport) Formats.export("csv").orElseThrow();
		se.samverka.dsl.workspace.ModelFolder folder = se.samverka.editor.EditorPlugin.get().language()
				.getInstance(se.samverka.dsl.workspace.ModelFolder.class);
		folder.load(java.util.List.of(file));
		String text = new String(export.bytes(se.samverka.formats.ExportRequest.of(folder.requested().get(file))),
				StandardCharsets.UTF_8);
		assertTrue(text.contains(";93;186;2015;"), "Stödcentrum's goal in the spreadsheet");
		Files.writeString(csv, text.replace(";93;186;2015;", ";93;200;2015;"));
		return csv;
	}
}
