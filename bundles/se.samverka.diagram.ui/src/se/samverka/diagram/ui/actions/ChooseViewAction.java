/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.actions;

import org.eclipse.jface.action.Action;

import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.ui.Messages;
import se.samverka.diagram.ui.view.DiagramViewPart;

/** Shows one of the three diagrams: governance, traceability or communication. */
public final class ChooseViewAction extends Action {
	private final DiagramViewPart part;
	private final DiagramView view;

	public ChooseViewAction(DiagramViewPart part, DiagramView view) {
		super(name(view), AS_RADIO_BUTTON);
		this.part = part;
		this.view = view;
		setToolTipText(tip(view));
		setChecked(part.settings().view() == view);
	}

	@Override
	public void run() {
		if (isChecked() && part.settings().view() != view) {
			part.show(part.settings().withView(view));
		}
	}

	private static String name(DiagramView view) {
		return switch (view) {
		case GOVERNANCE -> Messages.View_governance;
		case TRACEABILITY -> Messages.View_traceability;
		case COMMUNICATION -> Messages.View_communication;
		};
	}

	private static String tip(DiagramView view) {
		return switch (view) {
		case GOVERNANCE -> Messages.View_governance_tip;
		case TRACEABILITY -> Messages.View_traceability_tip;
		case COMMUNICATION -> Messages.View_communication_tip;
		};
	}
}
