/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;
import se.samverka.editor.EditorPlugin;
import se.samverka.editor.Messages;
import se.samverka.editor.markers.ProblemMarkers;
import se.samverka.editor.markers.SeverityPreferences;
import se.samverka.validation.Severities;

/**
 * Checks every model below the chosen resources, folder by folder as the command line does, and
 * writes the findings as markers. Runs in the background with progress per file; cancelling
 * stops after the file at hand, and the files already checked keep their new markers.
 */
public class ValidateModelsJob extends Job {
	private final List<IResource> roots;

	public ValidateModelsJob(List<IResource> roots) {
		super(Messages.ValidateJob_name);
		this.roots = roots;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Map<IContainer, List<IFile>> byFolder = new TreeMap<>((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		try {
			for (IResource root : roots) {
				root.accept(resource -> {
					if (resource instanceof IFile file && "samverkan".equals(file.getFileExtension()) && file.getLocation() != null) {
						byFolder.computeIfAbsent(file.getParent(), folder -> new ArrayList<>()).add(file);
					}
					return !resource.getName().startsWith(".");
				});
			}
		} catch (CoreException unreadable) {
			return new Status(IStatus.ERROR, EditorPlugin.ID, unreadable.getMessage(), unreadable);
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.ValidateJob_name, byFolder.values().stream().mapToInt(List::size).sum());
		for (List<IFile> files : byFolder.values()) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			ModelFolder folder = EditorPlugin.get().language().getInstance(ModelFolder.class);
			folder.chooseSeverities(SeverityPreferences::current, Severities.none());
			List<Path> paths = files.stream().map(file -> file.getLocation().toPath()).toList();
			try {
				folder.load(paths);
			} catch (Exception unreadable) {
				EditorPlugin.log("Samverka: could not read " + paths, unreadable);
				progress.worked(files.size());
				continue;
			}
			for (IFile file : files) {
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				progress.subTask(Messages.bind(Messages.ValidateJob_file, file.getFullPath()));
				List<Problem> problems = folder.validate(file.getLocation().toPath(), progress::isCanceled);
				ProblemMarkers.replace(file, problems.stream().map(ValidateModelsJob::diagnostic).toList());
				progress.worked(1);
			}
		}
		return Status.OK_STATUS;
	}

	private static Diagnostic diagnostic(Problem problem) {
		Position at = new Position(Math.max(0, problem.line() - 1), Math.max(0, problem.column() - 1));
		Diagnostic diagnostic = new Diagnostic(new Range(at, at), problem.message());
		diagnostic.setCode(problem.code());
		diagnostic.setSeverity(switch (problem.severity()) {
		case ERROR -> DiagnosticSeverity.Error;
		case WARNING -> DiagnosticSeverity.Warning;
		case INFO -> DiagnosticSeverity.Information;
		});
		return diagnostic;
	}
}
