/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.editing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

import se.samverka.diagram.ui.editing.FolderChoices.Choice;

/** The palette's "chair": a fixed role, or a chair rotating between parties for a term of years. */
final class ChairDialog extends ChoiceDialog<ChairDialog.Chosen> {
	private final List<Choice> roles;
	private final List<Choice> parties;
	private Button fixed;
	private Combo role;
	private final List<Button> rotating = new ArrayList<>();
	private Spinner years;

	/** The chair chosen: a role (fixed), or the parties it rotates between and the term. */
	record Chosen(String role, List<String> rotatesBetween, int termYears) {
	}

	ChairDialog(Shell shell, List<Choice> roles, List<Choice> parties) {
		super(shell, Messages.Chair_title);
		this.roles = roles;
		this.parties = parties;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		fixed = new Button(area, SWT.RADIO);
		fixed.setText(Messages.Chair_fixed);
		fixed.setSelection(true);
		role = dropDown(area, roles, 320);
		Button rotates = new Button(area, SWT.RADIO);
		rotates.setText(Messages.Chair_rotating);
		Composite between = new Composite(area, SWT.NONE);
		between.setLayout(new GridLayout(1, false));
		for (Choice party : parties) {
			Button check = new Button(between, SWT.CHECK);
			check.setText(party.label());
			check.addListener(SWT.Selection, event -> {
				rotates.setSelection(true);
				fixed.setSelection(false);
			});
			rotating.add(check);
		}
		new Label(area, SWT.NONE).setText(Messages.Chair_term);
		years = new Spinner(area, SWT.BORDER);
		years.setValues(1, 1, 10, 0, 1, 1);
		return area;
	}

	@Override
	protected Chosen choice() {
		if (fixed.getSelection()) {
			Choice fixedRole = chosenIn(role, roles);
			return fixedRole == null ? null : new Chosen(fixedRole.name(), List.of(), 0);
		}
		List<String> between = new ArrayList<>();
		for (int i = 0; i < rotating.size(); i++) {
			if (rotating.get(i).getSelection()) {
				between.add(parties.get(i).name());
			}
		}
		// a chair rotates between two parties at least
		return between.size() < 2 ? null : new Chosen(null, between, years.getSelection());
	}
}
