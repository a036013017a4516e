/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Samverka perspective: models and outline on the left, the text in the middle, the diagram on the right, problems and properties below. */
public class SamverkaPerspective implements IPerspectiveFactory {
	public static final String ID = "se.samverka.perspective";
	/** The diagram view of se.samverka.diagram.ui. */
	public static final String DIAGRAM_VIEW = "se.samverka.diagram.view";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("se.samverka.left", IPageLayout.LEFT, 0.2f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout below = layout.createFolder("se.samverka.leftBelow", IPageLayout.BOTTOM, 0.5f, "se.samverka.left");
		below.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout right = layout.createFolder("se.samverka.right", IPageLayout.RIGHT, 0.5f, editors);
		right.addView(DIAGRAM_VIEW);
		IFolderLayout bottom = layout.createFolder("se.samverka.bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(DIAGRAM_VIEW);
		layout.addNewWizardShortcut("se.samverka.workbench.newProject");
		layout.addNewWizardShortcut("se.samverka.workbench.newAgreement");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
	}
}
