/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.wizards;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import se.samverka.dsl.cycle.NextYear;
import se.samverka.dsl.cycle.NextYearRefused;
import se.samverka.dsl.cycle.NextYearRequest;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.editor.EditorPlugin;
import se.samverka.exchange.SafeOutput;
import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Model;
import se.samverka.model.Outcome;
import se.samverka.model.labels.ValueNames;
import se.samverka.workbench.Messages;

/**
 * "Nästa års medborgarlöfte…": next year's citizen promise from this year's in the chosen file,
 * made by the same code as {@code samverka next-year} ({@link NextYear}). The page lists this
 * year's promises, each with its latest outcome, ticked to continue; the reader unticks those that
 * end. The new file is written beside this year's, never over a file unless the reader ticks the
 * box, and opens in the editor.
 */
public class NextYearWizard extends Wizard {
	private final IFile file;
	private final Path source;
	private ModelFolder folder;
	private List<Agreement> documents = List.of();
	private String loadError;
	private Page page;
	private IFile written;

	public NextYearWizard(IFile file) {
		this.file = file;
		this.source = Path.of(file.getLocation().toOSString());
		setWindowTitle(Messages.NextYear_title);
		load();
	}

	private void load() {
		try {
			folder = EditorPlugin.get().language().getInstance(ModelFolder.class);
			folder.load(List.of(source));
			Resource resource = folder.requested().get(source);
			if (!resource.getErrors().isEmpty()) {
				loadError = NLS.bind(Messages.NextYear_syntaxErrors, file.getName());
			} else if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				documents = model.getAgreements().stream().filter(a -> a.getKind() == AgreementKind.CITIZEN_PROMISE)
						.toList();
				if (documents.isEmpty()) {
					loadError = NLS.bind(Messages.NextYear_noPromiseDocument, file.getName());
				}
			}
		} catch (Exception unreadable) {
			loadError = NLS.bind(Messages.NextYear_unreadable, file.getName(), String.valueOf(unreadable.getMessage()));
		}
	}

	/** Why the file cannot be started from, or null when it can. */
	public String loadError() {
		return loadError;
	}

	/** The file written by the last finish, or null. */
	public IFile written() {
		return written;
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			NextYear.Draft draft = page.draft();
			SafeOutput.write(draft.file(), draft.text().getBytes(StandardCharsets.UTF_8), page.overwrite());
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
			written = file.getParent().getFile(new org.eclipse.core.runtime.Path(draft.file().getFileName().toString()));
			IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			if (workbenchPage != null) {
				IDE.openEditor(workbenchPage, written, true);
			}
			return true;
		} catch (NextYearRefused refused) {
			page.setErrorMessage(refused.getMessage());
		} catch (SafeOutput.Refused refused) {
			page.setErrorMessage(refused.getMessage());
		} catch (CoreException | java.io.IOException failed) {
			page.setErrorMessage(NLS.bind(Messages.NextYear_failed, String.valueOf(failed.getMessage())));
		}
		return false;
	}

	/** The one page: which document, which promises continue, the new file. */
	private final class Page extends WizardPage {
		private Combo document;
		private Table promises;
		private Text period;
		private Text name;
		private Text target;
		private Button overwrite;
		private boolean targetEdited;
		// setting the suggested file name changes a field, which checks the page again
		private boolean updating;

		Page() {
			super("nextYear");
			setTitle(Messages.NextYear_title);
			setDescription(Messages.NextYear_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite control = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(control);
			setControl(control);
			if (loadError != null) {
				new Label(control, SWT.WRAP).setText(loadError);
				setErrorMessage(loadError);
				setPageComplete(false);
				return;
			}
			new Label(control, SWT.NONE).setText(Messages.NextYear_document);
			document = new Combo(control, SWT.READ_ONLY);
			for (Agreement each : documents) {
				document.add(each.getTitle() == null ? each.getName() : each.getName() + " – " + each.getTitle());
			}
			document.select(Math.max(0, documents.indexOf(preselected())));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(document);
			Label listLabel = new Label(control, SWT.WRAP);
			listLabel.setText(Messages.NextYear_promises);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(listLabel);
			promises = new Table(control, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 220).applyTo(promises);
			period = Fields.text(control, Messages.NextYear_period, "", this::update);
			name = Fields.text(control, Messages.NextYear_name, "", this::update);
			target = Fields.text(control, Messages.NextYear_file, "", this::update);
			target.addListener(SWT.KeyDown, event -> targetEdited = true);
			overwrite = new Button(control, SWT.CHECK);
			overwrite.setText(Messages.NextYear_overwrite);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(overwrite);
			document.addListener(SWT.Selection, event -> {
				fillPromises();
				targetEdited = false;
				update();
			});
			promises.addListener(SWT.Selection, event -> update());
			overwrite.addListener(SWT.Selection, event -> update());
			fillPromises();
			update();
		}

		/** The document {@code samverka next-year} would take without --agreement, if there is one. */
		private Agreement preselected() {
			try {
				return NextYear.choose(folder.requested().get(source), null);
			} catch (NextYearRefused several) {
				return documents.get(0);
			}
		}

		private Agreement current() {
			return documents.get(Math.max(0, document.getSelectionIndex()));
		}

		private void fillPromises() {
			promises.removeAll();
			Agreement current = current();
			for (CitizenPromise promise : current.getPromises()) {
				TableItem item = new TableItem(promises, SWT.NONE);
				String outcome = latestOutcome(current, promise);
				item.setText(promise.getName() + " – " + promise.getText()
						+ (outcome == null ? "" : "  (" + NLS.bind(Messages.NextYear_outcome, outcome) + ")"));
				item.setData(promise.getName());
				item.setChecked(true);
			}
		}

		/** The progress of the promise's last outcome this year in words ("genomfört"), or null. */
		private static String latestOutcome(Agreement current, CitizenPromise promise) {
			if (current.getFollowUpPlan() == null) {
				return null;
			}
			String latest = null;
			for (Outcome outcome : current.getFollowUpPlan().getOutcomes()) {
				if (outcome.getSubject() == promise && outcome.isSetProgress()) {
					latest = ValueNames.of(outcome.getProgress());
				}
			}
			return latest;
		}

		private List<String> ended() {
			List<String> ended = new ArrayList<>();
			for (TableItem item : promises.getItems()) {
				if (!item.getChecked()) {
					ended.add((String) item.getData());
				}
			}
			return ended;
		}

		/** Next year's document as the page stands; the file is the one typed, else the one suggested. */
		NextYear.Draft draft() throws NextYearRefused {
			Path output = targetEdited && !target.getText().isBlank() ? source.resolveSibling(target.getText().strip())
					: null;
			return EditorPlugin.get().language().getInstance(NextYear.class).draft(current(),
					new NextYearRequest(current().getName(), name.getText(), period.getText(), ended()), source, output);
		}

		boolean overwrite() {
			return overwrite.getSelection();
		}

		private void update() {
			if (overwrite == null || updating) {
				return;
			}
			updating = true;
			try {
				check();
			} finally {
				updating = false;
			}
		}

		private void check() {
			String error = null;
			try {
				NextYear.Draft draft = draft();
				String suggested = draft.file().getFileName().toString();
				if (!targetEdited && !target.getText().equals(suggested)) {
					target.setText(suggested);
				}
				if (Files.exists(draft.file()) && !overwrite.getSelection()) {
					error = NLS.bind(Messages.NextYear_exists, draft.file().getFileName());
				}
			} catch (NextYearRefused refused) {
				error = refused.getMessage();
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}
	}
}
