/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui;

import org.eclipse.osgi.util.NLS;

import se.samverka.model.nls.MessageFields;

/** Every text of the diagram view a user reads (messages.properties: Swedish, messages_en: English), loaded like
 * every runtime text of Samverka: {@link MessageFields}, in the language of {@code Language}. */
public final class Messages {
	public static String View_governance;
	public static String View_traceability;
	public static String View_communication;
	public static String View_governance_tip;
	public static String View_traceability_tip;
	public static String View_communication_tip;
	public static String Filter_menu;
	public static String Filter_hidePeople;
	public static String Filter_hideExternal;
	public static String Filter_collapseAreaGroups;
	public static String Zoom_in;
	public static String Zoom_out;
	public static String Zoom_fit;
	public static String Export_svg;
	public static String Export_png;
	public static String Export_dialog;
	public static String Export_job;
	public static String Export_failed;
	public static String Empty_noEditor;
	public static String Empty_noAgreement;
	public static String Empty_notParsed;
	public static String Empty_noBrowser;
	public static String Navigation_connectedOnly;
	public static String Navigation_connectedOnly_tip;
	public static String Search_message;
	public static String Search_tip;
	public static String Search_notFound;
	public static String Search_found;
	public static String Export_printed;
	public static String Diagram_outOfDate;

	static {
		MessageFields.load(Messages.class, "se.samverka.diagram.ui.messages");
	}

	private Messages() {
	}

	/** Fills a pattern's {0}, {1} … as the workbench's dialogs have always been filled (NLS). */
	public static String bind(String pattern, Object... arguments) {
		return NLS.bind(pattern, arguments);
	}
}
