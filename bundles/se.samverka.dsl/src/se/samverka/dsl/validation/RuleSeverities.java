/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.validation;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.PreferenceKey;

import com.google.inject.Inject;

import se.samverka.validation.Finding;
import se.samverka.validation.Rule;
import se.samverka.validation.Severities;
import se.samverka.validation.Severities.InvalidSettingsException;

/**
 * The one place that says how a finding of a rule is shown for a model: the catalogue's
 * severity, overridden by the workspace's default, by the project settings file
 * ({@value Severities#FILE_NAME}) in the model's folder, and by the command line's
 * {@code --severity}, in that order. Xtext asks it through its configurable issue codes
 * ({@link RuleIssueCodes}), so the command line, the language server and the workbench, which
 * all validate through Xtext, show the same.
 */
public class RuleSeverities implements IPreferenceValuesProvider {
	@Inject
	private DefaultPreferenceValuesProvider otherPreferences;

	@Override
	public IPreferenceValues getPreferenceValues(Resource resource) {
		Severities severities = effective(resource);
		IPreferenceValues others = otherPreferences.getPreferenceValues(resource);
		return (PreferenceKey key) -> {
			Rule rule = Rule.ofCode(key.getId());
			return rule == null ? others.getPreference(key) : severities.of(rule).keyword();
		};
	}

	/** The severities for a model; a settings file with errors counts as absent (the validator reports it). */
	public static Severities effective(Resource resource) {
		SeverityChoices choices = SeverityChoices.of(resource);
		Severities project;
		try {
			project = projectSettings(resource);
		} catch (InvalidSettingsException unusable) {
			project = Severities.none();
		}
		return choices.workspace().overriddenBy(project).overriddenBy(choices.commandLine());
	}

	/**
	 * The findings a user is shown for a model: those of rules not set to 'ignore'. For what reads
	 * findings outside Xtext's issues (the marks on diagrams, a review copy of a document).
	 */
	public static List<Finding> shown(Resource resource, List<Finding> findings) {
		Severities severities = effective(resource);
		return findings.stream().filter(finding -> severities.of(finding.rule()) != Severities.Level.IGNORE).toList();
	}

	/** The project settings of the model's folder; none for a model that is not a file. */
	static Severities projectSettings(Resource resource) throws InvalidSettingsException {
		Path folder = folderOf(resource);
		return folder == null ? Severities.none() : Severities.ofFolder(folder);
	}

	/** The folder of a model read from a file, or null. */
	public static Path folderOf(Resource resource) {
		URI uri = resource == null ? null : resource.getURI();
		if (uri == null || !uri.isFile() || uri.segmentCount() < 2) {
			return null;
		}
		try {
			return Path.of(uri.trimSegments(1).toFileString());
		} catch (RuntimeException notAPath) {
			return null;
		}
	}
}
