/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench;

import org.eclipse.osgi.util.NLS;

import se.samverka.model.nls.MessageFields;

/** Every text of the workbench a user reads (messages.properties: Swedish, messages_en: English), loaded like
 * every runtime text of Samverka: {@link MessageFields}, in the language of {@code Language}. */
public final class Messages {
	public static String Export_title;
	public static String Export_description;
	public static String Export_source;
	public static String Export_format;
	public static String Export_view;
	public static String Export_governance;
	public static String Export_traceability;
	public static String Export_communication;
	public static String Export_target;
	public static String Export_browse;
	public static String Export_overwrite;
	public static String Export_noSource;
	public static String Export_noTarget;
	public static String Export_exists;
	public static String Export_job;
	public static String Export_syntaxErrors;
	public static String Export_noAgreement;
	public static String Export_failed;
	public static String Export_document;
	public static String Export_reviewCopy;
	public static String Export_reviewCopyHint;
	public static String NextYear_title;
	public static String NextYear_description;
	public static String NextYear_document;
	public static String NextYear_promises;
	public static String NextYear_outcome;
	public static String NextYear_period;
	public static String NextYear_name;
	public static String NextYear_file;
	public static String NextYear_overwrite;
	public static String NextYear_exists;
	public static String NextYear_syntaxErrors;
	public static String NextYear_noPromiseDocument;
	public static String NextYear_unreadable;
	public static String NextYear_failed;
	public static String NextYear_noFile;
	public static String Import_title;
	public static String Import_description;
	public static String Import_source;
	public static String Import_year;
	public static String Import_model;
	public static String Import_folder;
	public static String Import_noSource;
	public static String Import_noModel;
	public static String Import_badYear;
	public static String Import_job;
	public static String Import_unsaved;
	public static String Import_syntaxErrors;
	public static String Import_updated;
	public static String Import_unchanged;
	public static String Import_written;
	public static String Import_failed;
	public static String Export_agreement;
	public static String Export_communicationPlan;
	public static String Export_followUp;
	public static String FirstStart_job;
	public static String FirstStart_projectName;
	public static String NewProject_title;
	public static String NewProject_description;
	public static String NewProject_examples;
	public static String NewAgreement_title;
	public static String NewAgreement_description;
	public static String NewAgreement_folder;
	public static String NewAgreement_fileName;
	public static String NewAgreement_shape;
	public static String NewAgreement_municipality;
	public static String NewAgreement_policeArea;
	public static String NewAgreement_districts;
	public static String NewAgreement_districtsHint;
	public static String NewAgreement_startYear;
	public static String NewAgreement_noFolder;
	public static String NewAgreement_fileExists;
	public static String NewAgreement_badFileName;
	public static String Preferences_description;
	public static String Preferences_language;
	public static String Preferences_swedish;
	public static String Preferences_english;
	public static String Preferences_languageRestart;
	public static String Preferences_severities;
	public static String Preferences_default;
	public static String Preferences_error;
	public static String Preferences_warning;
	public static String Preferences_info;
	public static String Preferences_ignore;

	static {
		MessageFields.load(Messages.class, "se.samverka.workbench.messages");
	}

	private Messages() {
	}

	/** Fills a pattern's {0}, {1} … as the workbench's dialogs have always been filled (NLS). */
	public static String bind(String pattern, Object... arguments) {
		return NLS.bind(pattern, arguments);
	}
}
