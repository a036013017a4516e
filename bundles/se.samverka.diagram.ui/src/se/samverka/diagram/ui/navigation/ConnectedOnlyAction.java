/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.navigation;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ResourceLocator;

import se.samverka.diagram.ui.Messages;
import se.samverka.diagram.ui.view.DiagramViewPart;

/**
 * Shows only what is connected to the selected box (its lines' other ends, what holds it and what
 * it holds), or everything again. The cut is made in the page, so the boxes keep their places and
 * the selection can move on to a neighbour.
 */
public final class ConnectedOnlyAction extends Action {
	public static final String ID = "se.samverka.diagram.connectedOnly";
	private final DiagramViewPart part;

	public ConnectedOnlyAction(DiagramViewPart part) {
		super(Messages.Navigation_connectedOnly, AS_CHECK_BOX);
		this.part = part;
		setId(ID);
		setToolTipText(Messages.Navigation_connectedOnly_tip);
		setImageDescriptor(ResourceLocator.imageDescriptorFromBundle("se.samverka.diagram.ui", "icons/connected.svg")
				.orElse(null));
	}

	@Override
	public void run() {
		part.browser().connectedOnly(isChecked());
	}
}
