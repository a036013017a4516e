/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import se.samverka.dsl.templates.AgreementRequest;
import se.samverka.dsl.templates.NewAgreement;
import se.samverka.dsl.templates.Shape;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.editor.EditorPlugin;
import se.samverka.workbench.Messages;
import se.samverka.workbench.WorkbenchPlugin;

/**
 * A new agreement: the user names the municipality, the police area and the districts and picks
 * a shape; the runtime ({@link NewAgreement}) writes the model, and the wizard saves it beside the
 * folder's other models and opens it. The names it makes avoid those already used in the folder.
 */
public class NewAgreementWizard extends BasicNewResourceWizard {
	private Page page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		setWindowTitle(Messages.NewAgreement_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new Page(initialFolder());
		addPage(page);
	}

	private IContainer initialFolder() {
		Object first = getSelection() == null ? null : getSelection().getFirstElement();
		IResource resource = Adapters.adapt(first, IResource.class);
		if (resource instanceof IFile file) {
			return file.getParent();
		}
		return resource instanceof IContainer container && container.getType() != IResource.ROOT ? container : null;
	}

	@Override
	public boolean performFinish() {
		IContainer folder = page.folder();
		IFile file = folder.getFile(IPath.fromOSString(page.fileName()));
		AgreementRequest request = page.request();
		NewAgreement templates = EditorPlugin.get().language().getInstance(NewAgreement.class);
		String text;
		try {
			text = templates.text(request, namesInUse(folder));
		} catch (RuntimeException refused) {
			page.setErrorMessage(refused.getMessage());
			return false;
		}
		WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
			@Override
			protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
				file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, monitor);
				file.setCharset("UTF-8", monitor);
			}
		};
		try {
			getContainer().run(true, false, create);
			selectAndReveal(file);
			IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
		} catch (InvocationTargetException failed) {
			MessageDialog.openError(getShell(), Messages.NewAgreement_title, failed.getCause().getMessage());
			return false;
		} catch (InterruptedException | PartInitException notOpened) {
			WorkbenchPlugin.log("Samverka: new agreement not opened", notOpened);
		}
		return true;
	}

	/** The names declared in the folder's models, which the new file must not repeat. */
	private static Set<String> namesInUse(IContainer folder) {
		Set<String> names = new TreeSet<>();
		if (folder.getLocation() == null) {
			return names;
		}
		List<Path> models;
		try (Stream<Path> files = Files.list(folder.getLocation().toPath())) {
			models = files.filter(ModelFolder::isModelFile).toList();
		} catch (java.io.IOException unreadable) {
			return names;
		}
		if (models.isEmpty()) {
			return names;
		}
		ModelFolder loaded = EditorPlugin.get().language().getInstance(ModelFolder.class);
		try {
			loaded.load(List.of(models.get(0)));
		} catch (Exception unreadable) {
			return names;
		}
		for (Resource resource : loaded.resourceSet().getResources()) {
			resource.getAllContents().forEachRemaining(element -> addName(element, names));
		}
		return names;
	}

	private static void addName(EObject element, Set<String> names) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null && element.eGet(name) instanceof String value) {
			names.add(value);
		}
	}

	/** The one page: where, what shape, and the municipality, police area and districts. */
	private static final class Page extends WizardPage {
		private final IContainer initial;
		private Text folder;
		private Text fileName;
		private Text municipality;
		private Text policeArea;
		private Text districts;
		private Spinner startYear;
		private final List<Button> shapes = new ArrayList<>();

		Page(IContainer initial) {
			super("agreement");
			this.initial = initial;
			setTitle(Messages.NewAgreement_title);
			setDescription(Messages.NewAgreement_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
			folder = field(page, Messages.NewAgreement_folder, initial == null ? "" : initial.getFullPath().toString());
			Group shape = new Group(page, SWT.NONE);
			shape.setText(Messages.NewAgreement_shape);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(shape);
			GridLayoutFactory.swtDefaults().applyTo(shape);
			for (Shape each : Shape.values()) {
				Button choice = new Button(shape, SWT.RADIO);
				choice.setText(each.label());
				choice.addListener(SWT.Selection, event -> update());
				shapes.add(choice);
			}
			shapes.get(Shape.SUB_AGREEMENT.ordinal()).setSelection(true);
			municipality = field(page, Messages.NewAgreement_municipality, "");
			policeArea = field(page, Messages.NewAgreement_policeArea, "");
			new Label(page, SWT.NONE).setText(Messages.NewAgreement_districts);
			districts = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
			GridDataFactory.fillDefaults().grab(true, true).hint(300, 90).applyTo(districts);
			districts.setToolTipText(Messages.NewAgreement_districtsHint);
			districts.addListener(SWT.Modify, event -> update());
			new Label(page, SWT.NONE).setText(Messages.NewAgreement_startYear);
			startYear = new Spinner(page, SWT.BORDER);
			startYear.setValues(java.time.Year.now().getValue(), NewAgreement.FIRST_YEAR, NewAgreement.LAST_YEAR, 0, 1, 10);
			fileName = field(page, Messages.NewAgreement_fileName, "");
			setControl(page);
			update();
		}

		private Text field(Composite page, String label, String value) {
			return Fields.text(page, label, value, this::update);
		}

		AgreementRequest request() {
			Shape shape = Shape.values()[shapes.indexOf(shapes.stream().filter(Button::getSelection).findFirst().orElse(shapes.get(0)))];
			List<String> names = districts.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
			return new AgreementRequest(shape, municipality.getText().strip(), policeArea.getText().strip(), names, startYear.getSelection());
		}

		IContainer folder() {
			IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(folder.getText().strip());
			return resource instanceof IContainer container && container.getType() != IResource.ROOT && container.isAccessible() ? container : null;
		}

		String fileName() {
			String name = fileName.getText().strip();
			return name.endsWith(".samverkan") ? name : name + ".samverkan";
		}

		private void update() {
			if (fileName == null) {
				return;
			}
			AgreementRequest request = request();
			if (fileName.getText().isBlank() && !request.municipality().isBlank()) {
				fileName.setText(NewAgreement.suggestedFileName(request));
				return;
			}
			String error = null;
			if (folder() == null) {
				error = Messages.NewAgreement_noFolder;
			} else if (fileName().contains("/") || fileName().contains("\\")) {
				error = Messages.NewAgreement_badFileName;
			} else if (folder().getFile(IPath.fromOSString(fileName())).exists()) {
				error = Messages.bind(Messages.NewAgreement_fileExists, fileName());
			} else {
				List<String> problems = EditorPlugin.get().language().getInstance(NewAgreement.class).problems(request);
				error = problems.isEmpty() ? null : String.join(" ", problems);
			}
			setErrorMessage(error);
			setPageComplete(error == null && !fileName.getText().isBlank());
		}
	}
}
