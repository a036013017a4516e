/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.samverka.model.FollowUpStatus;
import se.samverka.model.Outcome;
import se.samverka.model.ProgressStatus;
import se.samverka.model.ValueQualifier;

/**
 * An outcome's two cells as text and back: the value with how exact it is ("minst 200", "6"), and
 * the status as how far the work came and its traffic light ("genomfört", "pågår, gul", "röd").
 * Words are read in Swedish and English.
 */
public final class OutcomeCells {
	private OutcomeCells() {
	}

	/** A value cell read: the number (null for an empty cell) and its qualifier (null for none). */
	public record Value(ValueQualifier qualifier, BigDecimal value) {
		public String text() {
			return value == null ? ""
					: (qualifier == null ? "" : Texts.get("qualifier." + qualifier.name()) + " ") + ActionPlanTable.number(value);
		}
	}

	/** A status cell read: how far the work came and the traffic light, each null when not given. */
	public record Status(ProgressStatus progress, FollowUpStatus light) {
		public String text() {
			List<String> words = new ArrayList<>();
			if (progress != null) {
				words.add(Texts.get("progress." + progress.name()));
			}
			if (light != null) {
				words.add(Texts.get("status." + light.name()));
			}
			return String.join(", ", words);
		}
	}

	public static Value value(Outcome outcome) {
		return new Value(outcome == null || !outcome.isSetQualifier() ? null : outcome.getQualifier(),
				outcome == null || outcome.getValue() == null ? null : outcome.getValue().stripTrailingZeros());
	}

	public static Status status(Outcome outcome) {
		return new Status(outcome == null || !outcome.isSetProgress() ? null : outcome.getProgress(),
				outcome == null || !outcome.isSetStatus() ? null : outcome.getStatus());
	}

	/** Every status word the status cells take, in the user's language: the drop-down's choices. */
	public static List<String> statusWords() {
		List<String> words = new ArrayList<>();
		for (ProgressStatus progress : ProgressStatus.values()) {
			words.add(Texts.get("progress." + progress.name()));
		}
		for (FollowUpStatus light : FollowUpStatus.values()) {
			words.add(Texts.get("status." + light.name()));
		}
		return words;
	}

	/** @throws IllegalArgumentException when the cell is no number, with or without a qualifier */
	public static Value parseValue(String cell) {
		String text = cell.strip();
		ValueQualifier qualifier = null;
		for (ValueQualifier each : ValueQualifier.values()) {
			for (Locale locale : new Locale[] { Locale.ROOT, Locale.ENGLISH }) {
				String word = Texts.get(locale, "qualifier." + each.name()) + " ";
				if (text.regionMatches(true, 0, word, 0, word.length())) {
					qualifier = each;
					text = text.substring(word.length()).strip();
				}
			}
		}
		String number = text.replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
		if (number.isEmpty()) {
			if (qualifier != null) {
				throw new IllegalArgumentException(cell);
			}
			return new Value(null, null);
		}
		try {
			return new Value(qualifier, new BigDecimal(number).stripTrailingZeros());
		} catch (NumberFormatException notANumber) {
			throw new IllegalArgumentException(cell, notANumber);
		}
	}

	/** @throws IllegalArgumentException when a word is no status, or two words say the same thing */
	public static Status parseStatus(String cell) {
		ProgressStatus progress = null;
		FollowUpStatus light = null;
		for (String part : cell.split("[,;]")) {
			String word = part.strip();
			if (word.isEmpty()) {
				continue;
			}
			ProgressStatus foundProgress = find(ProgressStatus.values(), "progress.", word);
			FollowUpStatus foundLight = find(FollowUpStatus.values(), "status.", word);
			if (foundProgress != null && progress == null) {
				progress = foundProgress;
			} else if (foundLight != null && light == null) {
				light = foundLight;
			} else {
				throw new IllegalArgumentException(word);
			}
		}
		return new Status(progress, light);
	}

	private static <E extends Enum<E>> E find(E[] values, String prefix, String word) {
		for (E each : values) {
			for (Locale locale : new Locale[] { Locale.ROOT, Locale.ENGLISH }) {
				if (word.equalsIgnoreCase(Texts.get(locale, prefix + each.name()))) {
					return each;
				}
			}
		}
		return null;
	}
}
