/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.editing;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import se.samverka.diagram.ui.editing.FolderChoices.Choice;

/**
 * A dialog of the diagram's gestures that asks for a choice among the folder's elements (a
 * role, a party, a chair). OK keeps the dialog open while the choice is not complete.
 *
 * @param <T> what the user chose
 */
abstract class ChoiceDialog<T> extends Dialog {
	private final String title;
	private T chosen;

	ChoiceDialog(Shell shell, String title) {
		super(shell);
		this.title = title;
	}

	/** Opens the dialog; the choice made, or null when the user cancelled. */
	T ask() {
		return open() == Window.OK ? chosen : null;
	}

	/** The choice the dialog's widgets show; null while it is not complete. */
	protected abstract T choice();

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected void okPressed() {
		chosen = choice();
		if (chosen != null) {
			super.okPressed();
		}
	}

	/** A drop-down of the choices' labels, the first one chosen, as wide as the given hint. */
	static Combo dropDown(Composite parent, List<Choice> choices, int widthHint) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		choices.forEach(choice -> combo.add(choice.label()));
		if (!choices.isEmpty()) {
			combo.select(0);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(widthHint, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	/** The choice a drop-down shows; null when none is. */
	static Choice chosenIn(Combo combo, List<Choice> choices) {
		int index = combo.getSelectionIndex();
		return index < 0 ? null : choices.get(index);
	}
}
