/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.labels;

import se.samverka.model.Frequency;

/** How often a body meets or a task recurs, in words: "sammanträder vid behov", "minst 2 gånger per år". */
public final class MeetingTexts {
	private MeetingTexts() {
	}

	/** When a body meets: "sammanträder vid behov", "2 gånger per år"; null without a frequency. */
	public static String meetings(Frequency frequency) {
		if (frequency != null && (frequency.isContinuous() || frequency.isAsNeeded())) {
			return LabelTexts.get("meets", often(frequency));
		}
		return often(frequency);
	}

	/** How often: "kontinuerligt", "vid behov", "minst 2 gånger per år"; null without a frequency. */
	public static String often(Frequency frequency) {
		if (frequency == null) {
			return null;
		}
		if (frequency.isContinuous()) {
			return LabelTexts.get("often.continuous");
		}
		if (frequency.isAsNeeded()) {
			return LabelTexts.get("often.asNeeded");
		}
		String times = LabelTexts.get("often.times", frequency.getTimes(), ValueNames.of(frequency.getPer()));
		return frequency.isAtLeast() ? LabelTexts.get("often.atLeast", times) : times;
	}
}
