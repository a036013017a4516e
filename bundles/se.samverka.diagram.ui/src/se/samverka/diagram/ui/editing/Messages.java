/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.editing;

import org.eclipse.osgi.util.NLS;

import se.samverka.model.nls.MessageFields;

/** The texts of editing in the diagram view (messages.properties: Swedish, messages_en: English). */
public final class Messages {
	public static String Palette_styrgrupp;
	public static String Palette_arbetsgrupp;
	public static String Palette_bra;
	public static String Palette_samverkansgrupp;
	public static String Palette_omradesgrupp;
	public static String Palette_natverksgrupp;
	public static String Palette_member;
	public static String Palette_reportsTo;
	public static String Palette_assigns;
	public static String Palette_leads;
	public static String Palette_chair;
	public static String Palette_hintBody;
	public static String Palette_hintBodyClick;
	public static String Palette_hintSource;
	public static String Palette_hintTarget;
	public static String Body_title;
	public static String Body_prompt;
	public static String Body_empty;
	public static String Member_title;
	public static String Member_existing;
	public static String Member_new;
	public static String Member_roleTitle;
	public static String Leads_title;
	public static String Chair_title;
	public static String Chair_fixed;
	public static String Chair_rotating;
	public static String Chair_term;
	public static String Delete_title;
	public static String Delete_noReferences;
	public static String Delete_references;
	public static String Edit_refused;
	public static String Edit_noAnswer;
	public static String Properties_title;
	public static String Properties_kind;
	public static String Properties_meets;
	public static String Properties_mandate;
	public static String Properties_chair;
	public static String Properties_noChair;
	public static String Properties_category;

	static {
		MessageFields.load(Messages.class, "se.samverka.diagram.ui.editing.messages");
	}

	private Messages() {
	}

	public static String bind(String pattern, Object... arguments) {
		return NLS.bind(pattern, arguments);
	}
}
