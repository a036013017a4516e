/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.markers;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import se.samverka.editor.EditorPlugin;
import se.samverka.validation.Rule;
import se.samverka.validation.Severities;

/**
 * The user's choice of severity per validation rule for the whole workspace (the preference
 * page writes it): a rule's findings may be shown as error, warning or information, or not at
 * all. It is the workspace's default: a project settings file (samverka.properties) in a
 * models' folder overrides it there. Without a choice the severity of the rule catalogue holds.
 */
public final class SeverityPreferences {
	public static final String PREFIX = Severities.KEY_PREFIX;
	public static final String ERROR = Severities.Level.ERROR.keyword();
	public static final String WARNING = Severities.Level.WARNING.keyword();
	public static final String INFO = Severities.Level.INFO.keyword();
	public static final String IGNORE = Severities.Level.IGNORE.keyword();
	public static final String DEFAULT = "default";

	private SeverityPreferences() {
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(EditorPlugin.ID);
	}

	public static String choice(String code) {
		return node().get(PREFIX + code, DEFAULT);
	}

	/** The workspace's choices as the layer under each folder's settings file. */
	public static Severities current() {
		Map<Rule, Severities.Level> chosen = new EnumMap<>(Rule.class);
		for (Rule rule : Rule.values()) {
			Severities.Level level = Severities.Level.parse(choice(rule.code()));
			if (level != null) {
				chosen.put(rule, level);
			}
		}
		return Severities.of(chosen);
	}
}
