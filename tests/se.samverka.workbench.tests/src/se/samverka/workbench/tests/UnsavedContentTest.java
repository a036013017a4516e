/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.workbench.tests.Workbench.botkyrkaEditor;
import static se.samverka.workbench.tests.Workbench.ui;
import static se.samverka.workbench.tests.Workbench.waitFor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * Closing the workbench with unsaved text in the editor: the workbench asks before it closes, and
 * a user who cancels keeps the workbench open and the text in the editor, unsaved but not lost.
 */
class UnsavedContentTest {
	private static final String TYPED = "// skrivet men inte sparat\n";

	@Test
	void closingAsksFirstAndCancellingKeepsTheText() throws Exception {
		ITextEditor editor = botkyrkaEditor();
		IDocument document = ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		try {
			ui(() -> {
				document.replace(0, 0, TYPED);
				return null;
			});
			Shell window = ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
			// close as the user does; the save prompt is modal, so the close is asked for asynchronously
			ui(() -> {
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
				return null;
			});
			Button cancel = waitFor("the prompt to save before closing", () -> ui(() -> {
				for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
					if (shell != window && shell.isVisible()) {
						for (Button button : buttons(shell)) {
							if (button.getText().replace("&", "").matches("Cancel|Avbryt")) {
								return button;
							}
						}
					}
				}
				return null;
			}));
			ui(() -> {
				cancel.notifyListeners(SWT.Selection, new Event());
				return null;
			});
			waitFor("the prompt to close", () -> ui(() -> cancel.isDisposed() ? true : null));
			assertFalse(ui(() -> PlatformUI.getWorkbench().isClosing()), "the workbench stays open");
			assertTrue(ui(editor::isDirty), "the text is still unsaved");
			assertEquals(TYPED, ui(() -> document.get(0, TYPED.length())), "and still there");
		} finally {
			ui(() -> {
				editor.doRevertToSaved();
				return null;
			});
		}
	}

	private static List<Button> buttons(Composite parent) {
		List<Button> buttons = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button) {
				buttons.add(button);
			} else if (child instanceof Composite composite) {
				buttons.addAll(buttons(composite));
			}
		}
		return buttons;
	}
}
