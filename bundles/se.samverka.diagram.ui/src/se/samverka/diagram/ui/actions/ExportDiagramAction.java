/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.actions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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
import se.samverka.diagram.ui.view.DiagramOfDocument;
import se.samverka.diagram.ui.view.DiagramViewPart;
import se.samverka.diagram.ui.view.ShownDiagram;
import se.samverka.dsl.workspace.AtomicFiles;

/**
 * Writes the diagram as it is shown (view and filters) to SVG or PNG, with the same writers as
 * {@code samverka diagram}; the file is written whole or not at all. For print, a governance chart
 * too large for A4 is written as an overview and one page per area group, as the documents print it.
 */
public final class ExportDiagramAction extends Action {

	public enum Format {
		SVG, PNG,
		/** SVG as printed on A4 landscape: the overview in the chosen file, each area group's page beside it. */
		PRINTED_SVG
	}

	private final DiagramViewPart part;
	private final Format format;

	public ExportDiagramAction(DiagramViewPart part, Format format) {
		super(switch (format) {
		case SVG -> Messages.Export_svg;
		case PNG -> Messages.Export_png;
		case PRINTED_SVG -> Messages.Export_printed;
		});
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
		String extension = format == Format.PNG ? "png" : "svg";
		dialog.setFilterExtensions(new String[] { "*." + extension });
		String file = shown.uri().substring(shown.uri().lastIndexOf('/') + 1).replace(".samverkan", "");
		dialog.setFileName(file + "-" + part.settings().view().name().toLowerCase() + "." + extension);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		} else if (format == Format.PRINTED_SVG) {
			DiagramOfDocument.printed(shown.uri(), part.settings()).thenAccept(pages -> exportPages(pages, Path.of(chosen)));
		} else {
			export(shown.diagram(), Path.of(chosen));
		}
	}

	/**
	 * Writes printed pages as SVG in a cancellable job: the first (the whole diagram, or the overview)
	 * to the target, each further page beside it, named after its area group.
	 */
	public Job exportPages(List<Diagram> pages, Path target) {
		Job job = Job.create(NLS.bind(Messages.Export_job, target.getFileName()), (IProgressMonitor monitor) -> {
			monitor.beginTask(target.getFileName().toString(), pages.size());
			for (int i = 0; i < pages.size() && !monitor.isCanceled(); i++) {
				Path file = pageFile(target, pages.get(i), i);
				try {
					AtomicFiles.write(file, SvgWriter.write(pages.get(i)).getBytes(StandardCharsets.UTF_8));
				} catch (IOException | RuntimeException failed) {
					return new Status(IStatus.ERROR, getClass(), NLS.bind(Messages.Export_failed, file, failed.getMessage()),
							failed);
				}
				monitor.worked(1);
			}
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** The file of a printed page: the target for the first, else the target's name and the page's area group. */
	public static Path pageFile(Path target, Diagram page, int index) {
		if (index == 0) {
			return target;
		}
		String name = target.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : ".svg";
		String title = page.title();
		String areaGroup = title.contains(" – ") ? title.substring(title.lastIndexOf(" – ") + 3) : String.valueOf(index + 1);
		String slug = areaGroup.toLowerCase(java.util.Locale.forLanguageTag("sv")).replaceAll("[^\\p{L}\\p{N}]+", "-")
				.replaceAll("^-|-$", "");
		return target.resolveSibling(base + "-" + (slug.isEmpty() ? String.valueOf(index + 1) : slug) + extension);
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
		if (format != Format.PNG) {
			return SvgWriter.write(diagram).getBytes(StandardCharsets.UTF_8);
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		PngWriter.write(diagram, png);
		return png.toByteArray();
	}
}
