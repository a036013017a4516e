/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.actions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.render.PngWriter;
import se.samverka.diagram.render.SvgWriter;
import se.samverka.diagram.ui.Messages;
import se.samverka.diagram.ui.view.DiagramViewPart;
import se.samverka.diagram.ui.view.ShownDiagram;
import se.samverka.dsl.workspace.AtomicFiles;

/**
 * Writes the diagram as it is shown (view and filters) to SVG or PNG, with the same writers as
 * {@code samverka diagram}; the file is written whole or not at all.
 */
public final class ExportDiagramAction extends Action {

	public enum Format {
		SVG, PNG
	}

	private final DiagramViewPart part;
	private final Format format;

	public ExportDiagramAction(DiagramViewPart part, Format format) {
		super(format == Format.SVG ? Messages.Export_svg : Messages.Export_png);
		this.part = part;
		this.format = format;
		setImageDescriptor(Icons.of("export"));
	}

	@Override
	public void run() {
		ShownDiagram shown = part.shown();
		if (shown == null) {
			return;
		}
		FileDialog dialog = new FileDialog(part.getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Export_dialog);
		String extension = format.name().toLowerCase();
		dialog.setFilterExtensions(new String[] { "*." + extension });
		String file = shown.uri().substring(shown.uri().lastIndexOf('/') + 1).replace(".samverkan", "");
		dialog.setFileName(file + "-" + part.settings().view().name().toLowerCase() + "." + extension);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			export(shown.diagram(), Path.of(chosen));
		}
	}

	/** Writes in a cancellable job with progress; used by the action and by tests. */
	public Job export(Diagram diagram, Path target) {
		Job job = Job.create(NLS.bind(Messages.Export_job, target.getFileName()), (IProgressMonitor monitor) -> {
			try {
				AtomicFiles.write(target, bytes(diagram));
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException failed) {
				return new Status(IStatus.ERROR, getClass(), NLS.bind(Messages.Export_failed, target, failed.getMessage()),
						failed);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private byte[] bytes(Diagram diagram) throws IOException {
		if (format == Format.SVG) {
			return SvgWriter.write(diagram).getBytes(StandardCharsets.UTF_8);
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		PngWriter.write(diagram, png);
		return png.toByteArray();
	}
}
