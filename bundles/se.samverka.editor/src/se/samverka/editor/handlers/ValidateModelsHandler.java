/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Kontrollera modeller": validates the selected projects, folders or files, or the whole workspace, as a Job. */
public class ValidateModelsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<IResource> roots = new ArrayList<>();
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null) {
					roots.add(resource);
				}
			}
		}
		if (roots.isEmpty()) {
			roots.add(ResourcesPlugin.getWorkspace().getRoot());
		}
		new ValidateModelsJob(roots).schedule();
		return null;
	}
}
