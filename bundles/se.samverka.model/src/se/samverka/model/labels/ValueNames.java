/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.labels;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

import se.samverka.model.Continuity;
import se.samverka.model.DocumentStatus;
import se.samverka.model.FollowUpSubject;
import se.samverka.model.GoalComparison;
import se.samverka.model.HearingKind;
import se.samverka.model.ProgressStatus;
import se.samverka.model.RelativeLevel;
import se.samverka.model.Period;
import se.samverka.model.TargetGroupPriority;
import se.samverka.model.Trend;
import se.samverka.model.ValueQualifier;

/** The word for a value of the model's enumerations that Samverka writes in sentences: "år", "ökar", "lägesbild". */
public final class ValueNames {
	/** The enumerations with words; each of their constants has a key in both languages (tested). */
	public static final List<Class<? extends Enumerator>> NAMED = List.of(Period.class, Trend.class,
			FollowUpSubject.class, TargetGroupPriority.class, DocumentStatus.class, GoalComparison.class,
			ValueQualifier.class, ProgressStatus.class, Continuity.class, HearingKind.class, RelativeLevel.class);

	private ValueNames() {
	}

	public static String of(Period value) {
		return LabelTexts.get(key(value));
	}

	public static String of(Trend value) {
		return LabelTexts.get(key(value));
	}

	public static String of(FollowUpSubject value) {
		return LabelTexts.get(key(value));
	}

	public static String of(TargetGroupPriority value) {
		return LabelTexts.get(key(value));
	}

	/** "genomfört", "minst", "medborgardialog": the word of any enumeration listed in {@link #NAMED}. */
	public static String of(Enumerator value) {
		return LabelTexts.get(key(value));
	}

	/** "Trend.INCREASING": the key of a value in labels.properties. */
	public static String key(Enumerator value) {
		return value.getClass().getSimpleName() + "." + ((Enum<?>) value).name();
	}
}
