/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import se.samverka.diagram.generation.DiagramView;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.editor.EditorPlugin;
import se.samverka.exchange.SafeOutput;
import se.samverka.formats.Document;
import se.samverka.formats.ExportFormat;
import se.samverka.formats.ExportRequest;
import se.samverka.formats.FormatOption;
import se.samverka.formats.Formats;
import se.samverka.formats.NotExported;
import se.samverka.workbench.Messages;

/**
 * File > Export > Samverka: the selected .samverkan file in one of the formats of {@link Formats}
 * (the agreement or its communication plan as a document, a web site for the public, XMI, JSON, a
 * diagram …), written by a cancellable job with the same code as {@code samverka export}: never
 * over an existing file unless the reader ticks the box, whole or not at all.
 */
public class ExportWizard extends Wizard implements IExportWizard {
	private IFile selected;
	private Page page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.Export_title);
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = Adapters.adapt(first, IResource.class);
		selected = resource instanceof IFile file && "samverkan".equals(file.getFileExtension()) ? file : null;
	}

	@Override
	public void addPages() {
		page = new Page(selected);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		export(page.source(), page.format(), page.options(), page.target(), page.overwrite()).schedule();
		return true;
	}

	/** The export as a job, for the wizard and for tests. */
	public static Job export(Path source, ExportFormat format, Options options, Path target, boolean overwrite) {
		Job job = Job.create(NLS.bind(Messages.Export_job, target.getFileName()), (IProgressMonitor monitor) -> {
			SubMonitor progress = SubMonitor.convert(monitor, 3);
			try {
				ModelFolder folder = EditorPlugin.get().language().getInstance(ModelFolder.class);
				folder.load(List.of(source));
				progress.worked(1);
				Resource resource = folder.requested().get(source);
				if (!resource.getErrors().isEmpty()) {
					return Status.error(NLS.bind(Messages.Export_syntaxErrors, source.getFileName()));
				}
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				format.write(ExportRequest.of(resource).withView(options.view()).withDocument(options.document())
						.withReviewCopy(options.reviewCopy()), target, overwrite);
				progress.worked(2);
				return Status.OK_STATUS;
			} catch (SafeOutput.Refused refused) {
				return Status.error(refused.getMessage());
			} catch (NotExported notExported) {
				return Status.error(notExported.reason() == NotExported.Reason.NO_AGREEMENT
						? NLS.bind(Messages.Export_noAgreement, source.getFileName())
						: notExported.getMessage());
			} catch (Exception failed) {
				return Status.error(NLS.bind(Messages.Export_failed, target, String.valueOf(failed.getMessage())), failed);
			}
		});
		job.setUser(true);
		return job;
	}

	/**
	 * What the reader chose besides the format: the diagram for diagram formats, the document for
	 * documents, and for Word and PDF whether it is a review copy (marked so, with the findings on its diagrams).
	 */
	public record Options(DiagramView view, Document document, boolean reviewCopy) {
		public static final Options DEFAULT = new Options(DiagramView.GOVERNANCE, Document.AGREEMENT, false);
	}

	/** The one page: which file, which format (and diagram), where to. */
	private static final class Page extends WizardPage {
		private final IFile initial;
		private Text source;
		private Combo format;
		private Combo view;
		private Combo document;
		private Button reviewCopy;
		private Text target;
		private Button overwrite;

		Page(IFile initial) {
			super("export");
			this.initial = initial;
			setTitle(Messages.Export_title);
			setDescription(Messages.Export_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
			source = field(page, Messages.Export_source,
					initial == null || initial.getLocation() == null ? "" : initial.getLocation().toOSString());
			new Label(page, SWT.NONE);
			new Label(page, SWT.NONE).setText(Messages.Export_format);
			format = new Combo(page, SWT.READ_ONLY);
			for (ExportFormat each : Formats.exports()) {
				format.add(each.label());
			}
			format.select(0);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
			new Label(page, SWT.NONE).setText(Messages.Export_view);
			view = new Combo(page, SWT.READ_ONLY);
			view.setItems(Messages.Export_governance, Messages.Export_traceability, Messages.Export_communication);
			view.select(0);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(view);
			new Label(page, SWT.NONE).setText(Messages.Export_document);
			document = new Combo(page, SWT.READ_ONLY);
			document.setItems(Messages.Export_agreement, Messages.Export_communicationPlan, Messages.Export_followUp);
			document.select(0);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(document);
			new Label(page, SWT.NONE);
			reviewCopy = new Button(page, SWT.CHECK);
			reviewCopy.setText(Messages.Export_reviewCopy);
			reviewCopy.setToolTipText(Messages.Export_reviewCopyHint);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(reviewCopy);
			target = field(page, Messages.Export_target, suggestedTarget());
			Button browse = new Button(page, SWT.PUSH);
			browse.setText(Messages.Export_browse);
			browse.addListener(SWT.Selection, event -> {
				String chosen;
				if (format().isFolder()) {
					DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
					dialog.setFilterPath(target.getText());
					chosen = dialog.open();
				} else {
					FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
					dialog.setFileName(target.getText());
					chosen = dialog.open();
				}
				if (chosen != null) {
					target.setText(chosen);
				}
			});
			overwrite = new Button(page, SWT.CHECK);
			overwrite.setText(Messages.Export_overwrite);
			GridDataFactory.fillDefaults().span(3, 1).applyTo(overwrite);
			format.addListener(SWT.Selection, event -> {
				target.setText(suggestedTarget());
				update();
			});
			overwrite.addListener(SWT.Selection, event -> update());
			setControl(page);
			update();
		}

		private Text field(Composite page, String label, String value) {
			return Fields.text(page, label, value, this::update);
		}

		private String suggestedTarget() {
			String from = source == null ? "" : source.getText();
			if (from.isBlank()) {
				return "";
			}
			String base = from.endsWith(".samverkan") ? from.substring(0, from.length() - ".samverkan".length()) : from;
			return format().isFolder() ? base + "-webbplats" : base + "." + format().extensions().get(0);
		}

		private void update() {
			if (target == null || overwrite == null) {
				return;
			}
			view.setEnabled(format().options().contains(FormatOption.VIEW));
			document.setEnabled(format().options().contains(FormatOption.DOCUMENT));
			reviewCopy.setEnabled(format().options().contains(FormatOption.REVIEW_COPY));
			String error = null;
			if (!source.getText().endsWith(".samverkan") || !java.nio.file.Files.isRegularFile(Path.of(source.getText()))) {
				error = Messages.Export_noSource;
			} else if (target.getText().isBlank()) {
				error = Messages.Export_noTarget;
			} else if (java.nio.file.Files.exists(Path.of(target.getText())) && !overwrite.getSelection()) {
				error = NLS.bind(Messages.Export_exists, target.getText());
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}

		Path source() {
			return Path.of(source.getText());
		}

		ExportFormat format() {
			return Formats.exports().get(Math.max(0, format.getSelectionIndex()));
		}

		Options options() {
			return new Options(DiagramView.values()[Math.max(0, view.getSelectionIndex())],
					Document.values()[Math.max(0, document.getSelectionIndex())],
					reviewCopy.isEnabled() && reviewCopy.getSelection());
		}

		Path target() {
			return Path.of(target.getText());
		}

		boolean overwrite() {
			return overwrite.getSelection();
		}
	}
}
