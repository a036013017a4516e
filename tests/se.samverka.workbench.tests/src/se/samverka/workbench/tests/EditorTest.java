/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.workbench.tests.Workbench.ui;
import static se.samverka.workbench.tests.Workbench.waitFor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import se.samverka.editor.markers.ProblemMarkers;

/** The .samverkan editor as a user meets it: semantic colours, a quick fix, and the new-agreement wizard. */
class EditorTest {

	@Test
	void namesAreColouredByWhatTheyReferTo() throws Exception {
		ITextEditor editor = Workbench.botkyrkaEditor();
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int polisen = document.get().indexOf("parter Polisen") + "parter ".length();
		int steering = document.get().indexOf("styrgrupp Styrgruppen") + "styrgrupp ".length();
		ui(() -> {
			editor.selectAndReveal(polisen, 0);
			return null;
		});
		StyleRange reference = waitFor("the party coloured as an organisation", () -> ui(() -> {
			StyleRange range = styleAt(editor, polisen);
			return range != null && range.foreground != null && range.foreground.getRGB().equals(new org.eclipse.swt.graphics.RGB(0x1f, 0x5f, 0x8b)) ? range : null;
		}));
		assertEquals(polisen, modelOffset(editor, reference.start));
		ui(() -> {
			editor.selectAndReveal(steering, 0);
			return null;
		});
		waitFor("the steering group's declaration in bold", () -> ui(() -> {
			StyleRange range = styleAt(editor, steering);
			return range != null && (range.fontStyle & SWT.BOLD) != 0 ? range : null;
		}));
	}

	@Test
	void aQuickFixOnAMarkerChangesTheText() throws Exception {
		// Järva's parties lack coordinators (G9) and spokespersons (C2): both have quick fixes
		IFile file = Workbench.exampleProject().getFile("jarva/jarva.samverkan");
		ITextEditor editor = ui(() -> (ITextEditor) IDE.openEditor(Workbench.page(), file));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String before = ui(document::get);
		IMarker fixable = waitFor("a marker with a quick fix", () -> {
			for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				if ("G9".equals(marker.getAttribute(ProblemMarkers.CODE, "")) && IDE.getMarkerHelpRegistry().hasResolutions(marker)) {
					return marker;
				}
			}
			return null;
		});
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(fixable);
		assertTrue(fixes.length > 0 && !fixes[0].getLabel().isBlank());
		try {
			ui(() -> {
				fixes[0].run(fixable);
				return null;
			});
			String after = waitFor("the fix applied to the text", () -> {
				String now = ui(document::get);
				return now.equals(before) ? null : now;
			});
			assertNotEquals(before, after);
			assertTrue(after.contains("samordnare"), "the fix adds a coordinator");
			waitFor("the G9 markers gone once the server has checked the fixed text", () -> {
				for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
					if ("G9".equals(marker.getAttribute(ProblemMarkers.CODE, ""))) {
						return null;
					}
				}
				return true;
			});
		} finally {
			ui(() -> {
				editor.doRevertToSaved();
				return Workbench.page().closeEditor(editor, false);
			});
		}
	}

	@Test
	void theNewAgreementWizardMakesASubAgreementWithAnAreaGroupPerDistrict() throws Exception {
		var folder = Workbench.exampleProject().getFolder("huddinge");
		if (!folder.exists()) {
			folder.create(true, true, null);
		}
		IFile created = folder.getFile("huddinge.samverkan");
		ui(() -> {
			// as File > New finds it
			INewWizard wizard = (INewWizard) PlatformUI.getWorkbench().getNewWizardRegistry()
					.findWizard("se.samverka.workbench.newAgreement").createWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(created.getParent()));
			WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			List<Text> fields = new ArrayList<>();
			collect(dialog.getShell(), Text.class, fields);
			// folder, municipality, police area, districts, file name: in the order of the page
			fields.get(1).setText("Huddinge");
			fields.get(2).setText("Närpolisområde Huddinge");
			fields.get(3).setText("Flemingsberg\nSkogås\nTrångsund");
			fields.get(4).setText("huddinge.samverkan");
			List<Button> buttons = new ArrayList<>();
			collect(dialog.getShell(), Button.class, buttons);
			Button finish = buttons.stream().filter(b -> IDialogConstants.FINISH_LABEL.equals(b.getText())).findFirst()
					.orElseThrow();
			assertTrue(finish.isEnabled(), "the page accepts the values");
			finish.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			return null;
		});
		waitFor("the new file", () -> created.exists() ? true : null);
		String text = new String(created.getContents().readAllBytes(), StandardCharsets.UTF_8);
		for (String district : List.of("Flemingsberg", "Skogås", "Trångsund")) {
			assertTrue(text.contains("områdesgrupp Områdesgrupp" + district), district + " has an area group");
			assertTrue(text.contains("nätverksgrupp Nätverksgrupp" + district), district + " has a network group");
		}
		waitFor("the new agreement open in an editor", () -> ui(() -> {
			var active = Workbench.page().getActiveEditor();
			return active != null && active.getEditorInput().getName().equals("huddinge.samverkan") ? active : null;
		}));
		ui(() -> {
			Workbench.page().closeAllEditors(false);
			folder.delete(true, null);
			return IDE.openEditor(Workbench.page(), Workbench.exampleProject().getFile("botkyrka/underavtal.samverkan"));
		});
	}

	@Test
	void theExportWizardWritesBotkyrkaAsAWordDocumentAndRefusesToOverwrite() throws Exception {
		IFile underavtal = Workbench.exampleProject().getFile("botkyrka/underavtal.samverkan");
		java.nio.file.Path target = java.nio.file.Files.createTempDirectory("samverka-export").resolve("underavtal.docx");
		exportWithTheWizard(underavtal, target, (dialog, fields) -> assertEquals(underavtal.getLocation().toOSString(),
				fields.get(0).getText(), "the selected file is the model"));
		try (java.util.zip.ZipFile word = new java.util.zip.ZipFile(target.toFile())) {
			String body = new String(word.getInputStream(word.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(body.contains("Samverkansavtal – Underavtal"));
		}
		// the same file again: the page says it exists and Finish stays off until overwriting is ticked
		ui(() -> {
			WizardDialog dialog = openExportWizard(underavtal);
			List<Text> fields = new ArrayList<>();
			collect(dialog.getShell(), Text.class, fields);
			fields.get(1).setText(target.toString());
			assertTrue(!finishButton(dialog).isEnabled(), "no overwriting without asking");
			dialog.close();
			return null;
		});
	}

	/**
	 * A review copy from the wizard: the box is offered for Word and PDF only, and ticked, every page
	 * of the Word document is headed "Granskningsexemplar", as samverka export --review makes it.
	 */
	@Test
	void theExportWizardWritesAReviewCopyWhenAsked() throws Exception {
		IFile underavtal = Workbench.exampleProject().getFile("botkyrka/underavtal.samverkan");
		java.nio.file.Path target = java.nio.file.Files.createTempDirectory("samverka-review").resolve("granskning.docx");
		exportWithTheWizard(underavtal, target, (dialog, fields) -> {
			List<Button> buttons = new ArrayList<>();
			collect(dialog.getShell(), Button.class, buttons);
			Button review = buttons.stream().filter(b -> "Granskningsexemplar".equals(b.getText())).findFirst().orElseThrow();
			assertTrue(review.isEnabled(), "Word, the first format, may be a review copy");
			review.setSelection(true);
		});
		try (java.util.zip.ZipFile word = new java.util.zip.ZipFile(target.toFile())) {
			String headers = word.stream().filter(entry -> entry.getName().matches("word/header\\d*\\.xml")).map(entry -> {
				try {
					return new String(word.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).collect(java.util.stream.Collectors.joining());
			assertTrue(headers.contains("Granskningsexemplar"), "every page is marked: " + headers);
		}
	}

	/**
	 * Exports the model to the target with the export wizard's first format (Word): the target
	 * typed in, the other choices made (on the UI thread), Finish pressed once the page accepts
	 * the values; returns when the export job has written the file.
	 */
	private static void exportWithTheWizard(IFile model, java.nio.file.Path target,
			java.util.function.BiConsumer<WizardDialog, List<Text>> choices) throws Exception {
		Button finish = ui(() -> {
			WizardDialog dialog = openExportWizard(model);
			List<Text> fields = new ArrayList<>();
			collect(dialog.getShell(), Text.class, fields);
			fields.get(1).setText(target.toString());
			choices.accept(dialog, fields);
			return finishButton(dialog);
		});
		assertTrue(ui(finish::isEnabled), "the page accepts a new file");
		ui(() -> {
			finish.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			return null;
		});
		waitFor("the file " + target.getFileName() + " written by the export job", () -> java.nio.file.Files.exists(target) ? true : null);
	}

	/** File > Export > Samverka with the file selected, as a user opens it (call on the UI thread). */
	private static WizardDialog openExportWizard(IFile selected) throws Exception {
		IExportWizard wizard = (IExportWizard) PlatformUI.getWorkbench().getExportWizardRegistry()
				.findWizard("se.samverka.workbench.export").createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(selected));
		WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private static Button finishButton(WizardDialog dialog) {
		List<Button> buttons = new ArrayList<>();
		collect(dialog.getShell(), Button.class, buttons);
		return buttons.stream().filter(b -> IDialogConstants.FINISH_LABEL.equals(b.getText())).findFirst().orElseThrow();
	}

	private static StyleRange styleAt(ITextEditor editor, int modelOffset) {
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		int widgetOffset = viewer instanceof ITextViewerExtension5 mapping ? mapping.modelOffset2WidgetOffset(modelOffset)
				: modelOffset;
		return widgetOffset < 0 ? null : viewer.getTextWidget().getStyleRangeAtOffset(widgetOffset);
	}

	private static int modelOffset(ITextEditor editor, int widgetOffset) {
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		return viewer instanceof ITextViewerExtension5 mapping ? mapping.widgetOffset2ModelOffset(widgetOffset) : widgetOffset;
	}

	private static <T extends Control> void collect(Composite parent, Class<T> type, List<T> found) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				collect(composite, type, found);
			}
		}
	}
}
