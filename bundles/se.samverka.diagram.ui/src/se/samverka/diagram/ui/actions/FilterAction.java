/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.actions;

import org.eclipse.jface.action.Action;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.ui.Messages;
import se.samverka.diagram.ui.view.DiagramViewPart;

/** Turns one of the view's filters on or off. */
public final class FilterAction extends Action {

	public enum Kind {
		HIDE_PEOPLE, HIDE_EXTERNAL, COLLAPSE_AREA_GROUPS
	}

	private final DiagramViewPart part;
	private final Kind kind;

	public FilterAction(DiagramViewPart part, Kind kind) {
		super(switch (kind) {
		case HIDE_PEOPLE -> Messages.Filter_hidePeople;
		case HIDE_EXTERNAL -> Messages.Filter_hideExternal;
		case COLLAPSE_AREA_GROUPS -> Messages.Filter_collapseAreaGroups;
		}, AS_CHECK_BOX);
		this.part = part;
		this.kind = kind;
		setChecked(isOn(part.settings().filter()));
	}

	@Override
	public void run() {
		DiagramFilter filter = part.settings().filter();
		boolean on = isChecked();
		DiagramFilter changed = switch (kind) {
		case HIDE_PEOPLE -> new DiagramFilter(on, filter.hideExternalOrganisations(), filter.collapseAreaGroups());
		case HIDE_EXTERNAL -> new DiagramFilter(filter.hidePeople(), on, filter.collapseAreaGroups());
		case COLLAPSE_AREA_GROUPS -> new DiagramFilter(filter.hidePeople(), filter.hideExternalOrganisations(), on);
		};
		part.show(part.settings().withFilter(changed));
	}

	private boolean isOn(DiagramFilter filter) {
		return switch (kind) {
		case HIDE_PEOPLE -> filter.hidePeople();
		case HIDE_EXTERNAL -> filter.hideExternalOrganisations();
		case COLLAPSE_AREA_GROUPS -> filter.collapseAreaGroups();
		};
	}
}
