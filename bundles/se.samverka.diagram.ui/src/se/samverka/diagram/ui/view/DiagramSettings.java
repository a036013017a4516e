/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.view;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;

/** What the reader chose to see: one of the three views, and the filters. */
public record DiagramSettings(DiagramView view, DiagramFilter filter) {

	public static final DiagramSettings DEFAULT = new DiagramSettings(DiagramView.GOVERNANCE, DiagramFilter.NONE);

	public DiagramSettings withView(DiagramView newView) {
		return new DiagramSettings(newView, filter);
	}

	public DiagramSettings withFilter(DiagramFilter newFilter) {
		return new DiagramSettings(view, newFilter);
	}
}
