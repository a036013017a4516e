/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.workbench.tests.Workbench.exampleProject;
import static se.samverka.workbench.tests.Workbench.page;
import static se.samverka.workbench.tests.Workbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;

import se.samverka.workbench.wizards.NextYearWizard;

/**
 * "Nästa års medborgarlöfte…" on Kungälv's promise of 2020–2021 in the example project: the page
 * lists the nine promises ticked, an unticked one is left out, and the new file opens in the editor.
 */
class NextYearWizardTest {

	@Test
	void kungälvs2020PromiseBecomes2022sWithoutTheUntickedPromiseAndOpensInTheEditor() throws Exception {
		IFile source = exampleProject().getFile("kungalv/medborgarlofte-2020-2021.samverkan");
		Path target = source.getLocation().toFile().toPath().resolveSibling("medborgarlofte-2022-2023.samverkan");
		Files.deleteIfExists(target);
		NextYearWizard wizard = ui(() -> new NextYearWizard(source));
		try {
			Button finish = ui(() -> {
				WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
				dialog.setBlockOnOpen(false);
				dialog.open();
				Table promises = controls(dialog.getShell(), Table.class).get(0);
				assertEquals(9, promises.getItemCount());
				TableItem brottsaktiva = promises.getItem(8);
				assertTrue(brottsaktiva.getText().startsWith("Brottsaktiva2020"), brottsaktiva.getText());
				assertTrue(promises.getItem(0).getText().contains("genomfört"), "Närvaro's outcome is shown");
				brottsaktiva.setChecked(false);
				promises.notifyListeners(SWT.Selection, new Event());
				return controls(dialog.getShell(), Button.class).stream()
						.filter(b -> IDialogConstants.FINISH_LABEL.equals(b.getText())).findFirst().orElseThrow();
			});
			assertTrue(ui(finish::isEnabled), "the page accepts the draft");
			ui(() -> {
				finish.notifyListeners(SWT.Selection, new Event());
				return null;
			});
			String text = Files.readString(target);
			assertTrue(text.contains("föregående Kungälv2020") && text.contains("status utkast"), text);
			assertTrue(text.contains("fortsätter Kungälv2020.Närvaro"), text);
			assertFalse(text.contains("medborgarlöfte Brottsaktiva2022"), "the unticked promise is left out");
			// the header comment speaks of outcomes ("utfallen"); an outcome itself is a line of its own
			assertFalse(text.contains("\tutfall "), "no outcomes");
			IEditorPart editor = ui(() -> page().getActiveEditor());
			assertEquals("medborgarlofte-2022-2023.samverkan", ui(() -> editor.getEditorInput().getName()));
			assertEquals(target.getFileName().toString(), wizard.written().getName());
		} finally {
			ui(() -> {
				// only the new file's editor: Botkyrka's, opened by the first start, stays for the other tests
				for (var reference : page().getEditorReferences()) {
					if (target.getFileName().toString().equals(reference.getName())) {
						page().closeEditor(reference.getEditor(false), false);
					}
				}
				return null;
			});
			Files.deleteIfExists(target);
			source.getParent().refreshLocal(1, null);
		}
	}

	private static <T extends Control> List<T> controls(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(controls(composite, type));
			}
		}
		return found;
	}
}
