/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.startup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;

import se.samverka.workbench.WorkbenchPlugin;

/** The three seed models as a project: botkyrka/, jarva/ and spanga-tensta/, each a folder of models. */
public final class ExampleProject {
	/** The file opened first: Botkyrka's sub-agreement (seed 004). */
	public static final String FIRST_FILE = "botkyrka/underavtal.samverkan";

	private ExampleProject() {
	}

	/** Creates (or completes) the project with the given name; existing files are left as they are. */
	public static IProject create(String name, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		if (!project.isOpen()) {
			project.open(progress.split(1));
		}
		addExamples(project, "", progress.split(8));
		return project;
	}

	/** Copies the seed models into a folder of the project ("" for its top). */
	public static void addExamples(IProject project, String folder, IProgressMonitor monitor) throws CoreException {
		Bundle bundle = Platform.getBundle(WorkbenchPlugin.ID);
		Enumeration<URL> entries = bundle.findEntries("examples", "*.samverkan", true);
		if (entries == null) {
			return;
		}
		while (entries.hasMoreElements()) {
			URL entry = entries.nextElement();
			IPath relative = IPath.fromPortableString(entry.getPath()).removeFirstSegments(1);
			IFile file = project.getFile(IPath.fromPortableString(folder).append(relative));
			createFolders(file.getParent());
			if (!file.exists()) {
				try (InputStream in = entry.openStream()) {
					file.create(in, true, monitor);
				} catch (IOException unreadable) {
					WorkbenchPlugin.log("Samverka: example " + entry + " could not be read", unreadable);
				}
				file.setCharset("UTF-8", monitor);
			}
		}
	}

	private static void createFolders(org.eclipse.core.resources.IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent());
			folder.create(true, true, null);
		}
	}
}
