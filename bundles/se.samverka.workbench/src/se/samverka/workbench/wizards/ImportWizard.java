/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.editor.EditorPlugin;
import se.samverka.exchange.ModelUpdate;
import se.samverka.exchange.SafeOutput;
import se.samverka.formats.FormatOption;
import se.samverka.formats.Formats;
import se.samverka.formats.ImportFormat;
import se.samverka.formats.ModelImport;
import se.samverka.workbench.Messages;

/**
 * File > Import > Samverka: models from XMI or JSON as new .samverkan files in a folder, or an
 * action plan spreadsheet or Brå's statistics applied to a model file, by a cancellable job with the
 * same code as {@code samverka import}. A model open with unsaved changes is not touched, so that
 * neither the import nor the editor's text is lost; the changes made are listed when the job ends.
 */
public class ImportWizard extends Wizard implements IImportWizard {
	private IResource selected;
	private Page page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.Import_title);
		Object first = selection == null ? null : selection.getFirstElement();
		selected = Adapters.adapt(first, IResource.class);
	}

	@Override
	public void addPages() {
		page = new Page(selected);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Job job = importJob(page.source(), page.format(), page.target(), page.year(), page.overwrite());
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				if (event.getResult().isOK() && event.getResult().getMessage() != null) {
					Display.getDefault().asyncExec(() -> MessageDialog.openInformation(null, Messages.Import_title,
							event.getResult().getMessage()));
				}
			}
		});
		job.schedule();
		return true;
	}

	/**
	 * The import as a job, for the wizard and for tests: {@code target} is the model file for the
	 * formats that update one, else the folder for the new files. The job's status lists what changed.
	 */
	public static Job importJob(Path source, ImportFormat format, Path target, Integer year, boolean overwrite) {
		Job job = Job.create(NLS.bind(Messages.Import_job, source.getFileName()), (IProgressMonitor monitor) -> {
			SubMonitor progress = SubMonitor.convert(monitor, 3);
			try {
				byte[] content = Files.readAllBytes(source);
				progress.worked(1);
				String done = format instanceof ImportFormat.ModelUpdate changing
						? update(source, changing, target, year, content, progress)
						: newModels(source, (ImportFormat.NewModels) format, target, overwrite, content);
				if (done == null) {
					return Status.CANCEL_STATUS;
				}
				refresh(target);
				progress.worked(1);
				return new Status(IStatus.OK, "se.samverka.workbench", done);
			} catch (ImportFormat.Refused | SafeOutput.Refused refused) {
				return Status.error(refused.getMessage());
			} catch (Unsaved unsaved) {
				return Status.error(NLS.bind(Messages.Import_unsaved, target.getFileName()));
			} catch (Exception failed) {
				return Status.error(NLS.bind(Messages.Import_failed, source, String.valueOf(failed.getMessage())), failed);
			}
		});
		job.setUser(true);
		return job;
	}

	private static String update(Path source, ImportFormat.ModelUpdate format, Path model, Integer year, byte[] content,
			SubMonitor progress) throws Exception {
		if (hasUnsavedEditor(model)) {
			throw new Unsaved();
		}
		ModelFolder folder = EditorPlugin.get().language().getInstance(ModelFolder.class);
		folder.load(List.of(model));
		Resource resource = folder.requested().get(model);
		if (!resource.getErrors().isEmpty()) {
			throw new ImportFormat.Refused(NLS.bind(Messages.Import_syntaxErrors, model.getFileName()));
		}
		ModelImport.Update update = ModelImport.update(format, resource, content, source, year, LocalDate.now(),
				EditorPlugin.get().language());
		if (progress.isCanceled()) {
			return null;
		}
		List<String> lines = new ArrayList<>(update.changes());
		if (update.text() == null) {
			lines.add(NLS.bind(Messages.Import_unchanged, model.getFileName()));
		} else {
			// the user may have started typing in the meantime
			if (hasUnsavedEditor(model)) {
				throw new Unsaved();
			}
			ModelUpdate.write(model, update.text());
			lines.add(NLS.bind(Messages.Import_updated, model.getFileName()));
		}
		return String.join("\n", lines);
	}

	private static String newModels(Path source, ImportFormat.NewModels format, Path folder, boolean overwrite, byte[] content)
			throws Exception {
		Map<Path, String> files = ModelImport.newModels(format, content, source, folder, overwrite,
				EditorPlugin.get().language());
		ModelImport.write(files);
		return NLS.bind(Messages.Import_written, files.size(), folder);
	}

	/** Thrown when the model to change is open in an editor with changes not yet saved. */
	private static final class Unsaved extends Exception {
		private static final long serialVersionUID = 1L;
	}

	private static boolean hasUnsavedEditor(Path model) {
		boolean[] dirty = { false };
		Display.getDefault().syncExec(() -> {
			for (var window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
				for (IEditorReference reference : window.getActivePage() == null ? new IEditorReference[0]
						: window.getActivePage().getEditorReferences()) {
					IEditorPart editor = reference.getEditor(false);
					IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
					if (editor != null && editor.isDirty() && file != null && file.getLocation() != null
							&& file.getLocation().toFile().toPath().toAbsolutePath().equals(model.toAbsolutePath())) {
						dirty[0] = true;
					}
				}
			}
		});
		return dirty[0];
	}

	/** Tells the workspace about the files written outside it, so editors and markers follow. */
	private static void refresh(Path target) throws Exception {
		for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri())) {
			file.refreshLocal(IResource.DEPTH_ZERO, null);
		}
		for (IContainer container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(target.toUri())) {
			container.refreshLocal(IResource.DEPTH_ONE, null);
		}
	}

	/** The one page: which file, which format, into which model or folder. */
	private static final class Page extends WizardPage {
		private final IResource initial;
		private Text source;
		private Combo format;
		private Text year;
		private Label targetLabel;
		private Text target;
		private Button overwrite;

		Page(IResource initial) {
			super("import");
			this.initial = initial;
			setTitle(Messages.Import_title);
			setDescription(Messages.Import_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
			source = Fields.text(page, Messages.Import_source, "", this::update);
			Button browse = new Button(page, SWT.PUSH);
			browse.setText(Messages.Export_browse);
			browse.addListener(SWT.Selection, event -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { Formats.imports().stream()
						.flatMap(each -> each.extensions().stream()).distinct().map(extension -> "*." + extension)
						.collect(java.util.stream.Collectors.joining(";")), "*.*" });
				String chosen = dialog.open();
				if (chosen != null) {
					source.setText(chosen);
					guessFormat(chosen);
				}
			});
			new Label(page, SWT.NONE).setText(Messages.Export_format);
			format = new Combo(page, SWT.READ_ONLY);
			for (ImportFormat each : Formats.imports()) {
				format.add(each.label());
			}
			format.select(Formats.imports().indexOf(Formats.importFormat("xlsx").orElseThrow()));
			GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
			year = Fields.text(page, Messages.Import_year, "", this::update);
			new Label(page, SWT.NONE);
			targetLabel = new Label(page, SWT.NONE);
			target = new Text(page, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
			target.addListener(SWT.Modify, event -> update());
			new Label(page, SWT.NONE);
			overwrite = new Button(page, SWT.CHECK);
			overwrite.setText(Messages.Export_overwrite);
			GridDataFactory.fillDefaults().span(3, 1).applyTo(overwrite);
			format.addListener(SWT.Selection, event -> {
				target.setText(suggestedTarget());
				update();
			});
			overwrite.addListener(SWT.Selection, event -> update());
			target.setText(suggestedTarget());
			setControl(page);
			update();
		}

		private void guessFormat(String file) {
			Formats.importFormatOf(file).ifPresent(guess -> format.select(Formats.imports().indexOf(guess)));
			target.setText(suggestedTarget());
		}

		/** The selected model file for an update, the selected folder (or the file's) for new models. */
		private String suggestedTarget() {
			if (initial == null || initial.getLocation() == null) {
				return "";
			}
			boolean isModel = initial instanceof IFile file && "samverkan".equals(file.getFileExtension());
			if (format().updatesModel()) {
				return isModel ? initial.getLocation().toOSString() : "";
			}
			return (initial instanceof IContainer ? initial : initial.getParent()).getLocation().toOSString();
		}

		private void update() {
			if (overwrite == null) {
				return;
			}
			boolean updates = format().updatesModel();
			targetLabel.setText(updates ? Messages.Import_model : Messages.Import_folder);
			targetLabel.getParent().layout();
			year.setEnabled(format().options().contains(FormatOption.YEAR));
			overwrite.setEnabled(!updates);
			String error = null;
			if (source.getText().isBlank() || !Files.isRegularFile(Path.of(source.getText()))) {
				error = Messages.Import_noSource;
			} else if (updates && !(target.getText().endsWith(".samverkan") && Files.isRegularFile(Path.of(target.getText())))) {
				error = Messages.Import_noModel;
			} else if (!updates && target.getText().isBlank()) {
				error = Messages.Export_noTarget;
			} else if (!year.getText().isBlank() && !year.getText().strip().matches("\\d{4}")) {
				error = Messages.Import_badYear;
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}

		Path source() {
			return Path.of(source.getText());
		}

		ImportFormat format() {
			return Formats.imports().get(Math.max(0, format.getSelectionIndex()));
		}

		Path target() {
			return Path.of(target.getText());
		}

		Integer year() {
			return year.getText().isBlank() ? null : Integer.valueOf(year.getText().strip());
		}

		boolean overwrite() {
			return overwrite.getSelection();
		}
	}
}
