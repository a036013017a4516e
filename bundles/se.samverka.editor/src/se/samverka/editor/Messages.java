package se.samverka.editor;

import org.eclipse.osgi.util.NLS;

/** Every text of the editor a user reads (messages.properties: Swedish, messages_en: English). */
public final class Messages extends NLS {
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

	static {
		NLS.initializeMessages("se.samverka.editor.messages", Messages.class);
	}

	private Messages() {
	}
}
