/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.editing;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.diagram.ui.editing.FolderChoices.Choice;

/**
 * The palette's "new member": a role or person of the folder, or a new role under a party. Also
 * asks for the role that leads a body (without the choice of a new one).
 */
final class MemberDialog extends ChoiceDialog<MemberDialog.Chosen> {
	private final List<Choice> members;
	private final List<Choice> parties;
	private Combo existing;
	private Button createNew;
	private Combo party;
	private Text roleTitle;

	/** What was chosen: a role or person by name, or a party and the title of a new role under it. */
	record Chosen(String role, String party, String roleTitle) {
	}

	/** @param parties empty: no new role can be made, only one picked */
	MemberDialog(Shell shell, String title, List<Choice> members, List<Choice> parties) {
		super(shell, title);
		this.members = members;
		this.parties = parties;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Button pick = new Button(area, SWT.RADIO);
		pick.setText(Messages.Member_existing);
		pick.setSelection(true);
		existing = dropDown(area, members, 360);
		if (!parties.isEmpty()) {
			createNew = new Button(area, SWT.RADIO);
			createNew.setText(Messages.Member_new);
			party = dropDown(area, parties, SWT.DEFAULT);
			new Label(area, SWT.NONE).setText(Messages.Member_roleTitle);
			roleTitle = new Text(area, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(roleTitle);
			// typing a title means a new role
			roleTitle.addModifyListener(event -> {
				boolean typed = !roleTitle.getText().isBlank();
				createNew.setSelection(typed);
				pick.setSelection(!typed);
			});
		}
		return area;
	}

	@Override
	protected Chosen choice() {
		if (createNew != null && createNew.getSelection()) {
			Choice under = chosenIn(party, parties);
			return under == null || roleTitle.getText().isBlank() ? null
					: new Chosen(null, under.name(), roleTitle.getText().strip());
		}
		Choice member = chosenIn(existing, members);
		return member == null ? null : new Chosen(member.name(), null, null);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
