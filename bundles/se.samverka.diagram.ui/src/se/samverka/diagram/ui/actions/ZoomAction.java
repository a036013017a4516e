/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.actions;

import org.eclipse.jface.action.Action;

import se.samverka.diagram.ui.Messages;
import se.samverka.diagram.ui.view.DiagramViewPart;

/** Zooms the diagram in or out around the middle of the view, or fits all of it in the view. */
public final class ZoomAction extends Action {
	private static final double STEP = 1.25;

	public enum Kind {
		IN, OUT, FIT
	}

	private final DiagramViewPart part;
	private final Kind kind;

	public ZoomAction(DiagramViewPart part, Kind kind) {
		super(switch (kind) {
		case IN -> Messages.Zoom_in;
		case OUT -> Messages.Zoom_out;
		case FIT -> Messages.Zoom_fit;
		});
		this.part = part;
		this.kind = kind;
		setImageDescriptor(Icons.of(switch (kind) {
		case IN -> "zoom-in";
		case OUT -> "zoom-out";
		case FIT -> "fit";
		}));
	}

	@Override
	public void run() {
		switch (kind) {
		case IN -> part.browser().zoom(STEP);
		case OUT -> part.browser().zoom(1 / STEP);
		case FIT -> part.browser().fit();
		}
	}
}
