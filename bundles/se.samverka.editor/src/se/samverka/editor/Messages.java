/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor;

import org.eclipse.osgi.util.NLS;

import se.samverka.model.nls.MessageFields;

/** Every text of the editor a user reads (messages.properties: Swedish, messages_en: English), loaded like
 * every runtime text of Samverka: {@link MessageFields}, in the language of {@code Language}. */
public final class Messages {
	public static String Outline_group_other;
	public static String Rename_title;
	public static String Rename_prompt;
	public static String Rename_notPossible;
	public static String Rename_empty;
	public static String References_title;
	public static String References_none;
	public static String References_message;
	public static String Format_failed;
	public static String Server_noAnswer;
	public static String QuickFix_description;
	public static String ValidateJob_name;
	public static String ValidateJob_file;
	public static String Template_description;
	public static String Properties_kind;

	static {
		MessageFields.load(Messages.class, "se.samverka.editor.messages");
	}

	private Messages() {
	}

	/** Fills a pattern's {0}, {1} … as the workbench's dialogs have always been filled (NLS). */
	public static String bind(String pattern, Object... arguments) {
		return NLS.bind(pattern, arguments);
	}
}
