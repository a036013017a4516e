/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import se.samverka.workbench.Messages;

/**
 * "Nästa års medborgarlöfte…" on the selected .samverkan file or the one in the active editor:
 * saves it if the reader agrees (the new document is made from the file as saved) and opens
 * {@link NextYearWizard}.
 */
public class NextYearHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IFile file = modelFile(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditorInput(event));
		if (file == null || file.getLocation() == null) {
			MessageDialog.openInformation(shell, Messages.NextYear_title, Messages.NextYear_noFile);
			return null;
		}
		if (!IDE.saveAllEditors(new IResource[] { file }, true)) {
			return null;
		}
		new WizardDialog(shell, new NextYearWizard(file)).open();
		return null;
	}

	/** A .samverkan file selected in a view, else the one the active editor shows. */
	static IFile modelFile(ISelection selection, IEditorInput editorInput) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IFile selected = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (selected != null) {
				return isModel(selected) ? selected : null;
			}
		}
		IFile edited = editorInput == null ? null : Adapters.adapt(editorInput, IFile.class);
		return edited != null && isModel(edited) ? edited : null;
	}

	private static boolean isModel(IFile file) {
		return "samverkan".equals(file.getFileExtension());
	}
}
