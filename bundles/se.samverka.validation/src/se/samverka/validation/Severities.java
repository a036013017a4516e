/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.samverka.model.nls.Language;

/**
 * The severities a user chose for rules, over the catalogue's own ({@link Rule#severity()}).
 * Choices come in layers, each overriding the one before: the workbench's preferences (the
 * workspace default), the project settings file {@value #FILE_NAME} in the models' folder, and
 * the command line's {@code --severity CODE=LEVEL}. {@link #of(Rule)} is the one answer to
 * "how is a finding of this rule shown"; {@link Level#IGNORE} means not at all.
 */
public final class Severities {
	/** The project settings file, beside the .samverkan files it applies to. */
	public static final String FILE_NAME = "samverka.properties";
	/** A line of the file is {@code severity.P4 = ignore}. */
	public static final String KEY_PREFIX = "severity.";

	private static final RuleTexts TEXTS = new RuleTexts();
	private static final Severities NONE = new Severities(new EnumMap<>(Rule.class));

	/** How a rule's findings are shown: as the catalogue's severities, or not at all. */
	public enum Level {
		ERROR, WARNING, INFO, IGNORE;

		/** The word users write: "error", "warning", "info", "ignore" (as Xtext's preferences). */
		public String keyword() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Level of(Rule.Severity severity) {
			return valueOf(severity.name());
		}

		/** The level of a word (any case, spaces around ignored), or null. */
		public static Level parse(String word) {
			for (Level level : values()) {
				if (level.keyword().equals(word.trim().toLowerCase(Locale.ROOT))) {
					return level;
				}
			}
			return null;
		}
	}

	private final Map<Rule, Level> chosen;

	private Severities(Map<Rule, Level> chosen) {
		this.chosen = Collections.unmodifiableMap(chosen);
	}

	/** No choices: every rule as the catalogue says. */
	public static Severities none() {
		return NONE;
	}

	public static Severities of(Map<Rule, Level> chosen) {
		return chosen.isEmpty() ? NONE : new Severities(new EnumMap<>(chosen));
	}

	/** The level a finding of the rule is shown at. */
	public Level of(Rule rule) {
		return chosen.getOrDefault(rule, Level.of(rule.severity()));
	}

	/** The rules with a choice in this layer, and the choice. */
	public Map<Rule, Level> chosen() {
		return chosen;
	}

	/** These choices with those of a stronger layer on top. */
	public Severities overriddenBy(Severities stronger) {
		if (stronger.chosen.isEmpty()) {
			return this;
		}
		Map<Rule, Level> merged = new EnumMap<>(Rule.class);
		merged.putAll(chosen);
		merged.putAll(stronger.chosen);
		return new Severities(merged);
	}

	/** The settings file of a folder of models, or {@link #none()} when the folder has none. */
	public static Severities ofFolder(Path folder) throws InvalidSettingsException {
		Path file = folder.resolve(FILE_NAME);
		return Files.isRegularFile(file) ? read(file) : NONE;
	}

	/**
	 * Reads a settings file: lines {@code severity.CODE = LEVEL}, blank lines and comments
	 * ({@code #} or {@code !}). Every line in error is reported, each as {@code file:line:column:}.
	 */
	public static Severities read(Path file) throws InvalidSettingsException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException unreadable) {
			throw new InvalidSettingsException(List.of(TEXTS.get(Language.current(), "settings.unreadable", file,
					String.valueOf(unreadable.getMessage()))));
		}
		Map<Rule, Level> chosen = new EnumMap<>(Rule.class);
		List<String> problems = new java.util.ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
				continue;
			}
			int indent = line.indexOf(trimmed.charAt(0));
			int equals = line.indexOf('=');
			String problem;
			int column;
			if (equals < 0) {
				problem = TEXTS.get(Language.current(), "settings.notAKey");
				column = indent + 1;
			} else {
				String key = line.substring(0, equals).strip();
				String value = line.substring(equals + 1);
				column = indent + 1;
				problem = choose(key, value, chosen);
				if (problem != null && !key.isEmpty() && key.startsWith(KEY_PREFIX) && Rule.ofCode(code(key)) != null) {
					// the key was right: point at the value
					column = equals + 2 + (value.length() - value.stripLeading().length());
				}
			}
			if (problem != null) {
				problems.add(TEXTS.get(Language.current(), "settings.line", file.toString(), String.valueOf(i + 1),
						String.valueOf(column), problem));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidSettingsException(problems);
		}
		return of(chosen);
	}

	/**
	 * The command line's choices, each {@code CODE=LEVEL} ("P4=ignore").
	 *
	 * @throws InvalidSettingsException naming each choice that is not a rule and a level
	 */
	public static Severities parse(List<String> choices) throws InvalidSettingsException {
		Map<Rule, Level> chosen = new EnumMap<>(Rule.class);
		List<String> problems = new java.util.ArrayList<>();
		for (String choice : choices) {
			int equals = choice.indexOf('=');
			String problem = equals < 0 ? TEXTS.get(Language.current(), "settings.notAChoice")
					: choose(KEY_PREFIX + choice.substring(0, equals).strip(), choice.substring(equals + 1), chosen);
			if (problem != null) {
				problems.add("'" + choice + "': " + problem);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidSettingsException(problems);
		}
		return of(chosen);
	}

	/** Records one choice; the reason it is refused, or null. */
	private static String choose(String key, String value, Map<Rule, Level> chosen) {
		if (!key.startsWith(KEY_PREFIX)) {
			return TEXTS.get(Language.current(), "settings.unknownKey", key);
		}
		Rule rule = Rule.ofCode(code(key));
		if (rule == null) {
			return TEXTS.get(Language.current(), "settings.unknownRule", code(key));
		}
		Level level = Level.parse(value);
		if (level == null) {
			return TEXTS.get(Language.current(), "settings.badLevel", value.strip());
		}
		chosen.put(rule, level);
		return null;
	}

	private static String code(String key) {
		return key.substring(KEY_PREFIX.length()).strip().toUpperCase(Locale.ROOT);
	}

	/** A settings file or option that cannot be used: what is wrong, one message per line in error. */
	public static final class InvalidSettingsException extends Exception {
		private static final long serialVersionUID = 1L;
		private final List<String> problems;

		InvalidSettingsException(List<String> problems) {
			super(String.join("\n", problems));
			this.problems = List.copyOf(problems);
		}

		public List<String> problems() {
			return problems;
		}
	}
}
