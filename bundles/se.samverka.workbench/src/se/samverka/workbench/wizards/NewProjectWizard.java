/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import se.samverka.workbench.Messages;
import se.samverka.workbench.startup.ExampleProject;

/** A new Samverka project: a place for a municipality's models, optionally with the three seed models to learn from. */
public class NewProjectWizard extends BasicNewResourceWizard {
	private WizardNewProjectCreationPage page;
	private Button withExamples;

	@Override
	public void addPages() {
		setWindowTitle(Messages.NewProject_title);
		page = new WizardNewProjectCreationPage("project") {
			@Override
			public void createControl(Composite parent) {
				super.createControl(parent);
				withExamples = new Button((Composite) getControl(), SWT.CHECK);
				withExamples.setText(Messages.NewProject_examples);
			}
		};
		page.setTitle(Messages.NewProject_title);
		page.setDescription(Messages.NewProject_description);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		boolean examples = withExamples.getSelection();
		java.net.URI location = page.useDefaults() ? null : page.getLocationURI();
		WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
			@Override
			protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
				var description = project.getWorkspace().newProjectDescription(project.getName());
				description.setLocationURI(location);
				project.create(description, monitor);
				project.open(monitor);
				project.setDefaultCharset("UTF-8", monitor);
				if (examples) {
					ExampleProject.addExamples(project, "exempel", monitor);
				}
			}
		};
		try {
			getContainer().run(true, true, create);
		} catch (InvocationTargetException failed) {
			MessageDialog.openError(getShell(), Messages.NewProject_title, failed.getCause().getMessage());
			return false;
		} catch (InterruptedException cancelled) {
			return false;
		}
		selectAndReveal(project);
		return true;
	}
}
