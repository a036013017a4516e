/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.startup;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.service.prefs.BackingStoreException;

import se.samverka.workbench.Messages;
import se.samverka.workbench.WorkbenchPlugin;

/**
 * The first start in a workspace: the example project with the three seed models, and Botkyrka's
 * sub-agreement open. Only once per workspace: a user who deletes the project keeps it deleted.
 */
public class FirstStart implements IStartup {
	private static final String DONE = "examplesCreated";

	@Override
	public void earlyStartup() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(WorkbenchPlugin.ID);
		if (preferences.getBoolean(DONE, false) || ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
			return;
		}
		WorkspaceJob create = new WorkspaceJob(Messages.FirstStart_job) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IProject project = ExampleProject.create(Messages.FirstStart_projectName, monitor);
				preferences.putBoolean(DONE, true);
				try {
					preferences.flush();
				} catch (BackingStoreException notSaved) {
					WorkbenchPlugin.log("Samverka: first-start flag not saved", notSaved);
				}
				open(project.getFile(ExampleProject.FIRST_FILE));
				return Status.OK_STATUS;
			}
		};
		create.setRule(ResourcesPlugin.getWorkspace().getRoot());
		create.schedule();
	}

	private static void open(IFile file) {
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page != null && file.exists()) {
				try {
					IDE.openEditor(page, file, true);
				} catch (PartInitException failed) {
					WorkbenchPlugin.log("Samverka: could not open " + file, failed);
				}
			}
		});
	}
}
