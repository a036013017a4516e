/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.samverka.model.labels.PeriodTexts;
import se.samverka.model.Agreement;
import se.samverka.model.Outcome;
import se.samverka.model.Trackable;
import se.samverka.model.time.PartialDate;

/**
 * The periods an agreement's outcomes are followed up for, named as the spreadsheet's headers name
 * them: the period the outcome states ("2019", "första halvåret 2020"), or, for an outcome that
 * states neither period nor date, the document's own period ("oktober 2018 – oktober 2019"). An
 * outcome with a date but no period is a status report of the follow-up column, not a period's outcome.
 */
public final class FollowUpPeriods {
	private FollowUpPeriods() {
	}

	/** The outcome's period as a header names it, or null for a dated status report. */
	public static String of(Outcome outcome, Agreement agreement) {
		if (outcome.getPeriod() != null) {
			return outcome.getPeriod().toString();
		}
		return outcome.getDate() == null ? document(agreement) : null;
	}

	/** The document's own period: "2020–2021", or in words when the document states none. */
	public static String document(Agreement agreement) {
		if (agreement.getPeriodFrom() == null) {
			return Texts.get("period.document");
		}
		return PeriodTexts.of(agreement);
	}

	/** The periods the follow-up plan has outcomes for, the document's own first, then in time order. */
	public static List<String> present(Agreement agreement) {
		List<String> periods = new ArrayList<>();
		if (agreement.getFollowUpPlan() != null) {
			for (Outcome outcome : agreement.getFollowUpPlan().getOutcomes()) {
				String period = of(outcome, agreement);
				if (period != null && !periods.contains(period)) {
					periods.add(period);
				}
			}
		}
		String document = document(agreement);
		periods.sort(Comparator.comparing((String period) -> !period.equals(document))
				.thenComparing(period -> period.equals(document) ? null : PartialDate.parse(period),
						Comparator.nullsFirst(Comparator.naturalOrder())));
		return periods;
	}

	/**
	 * The period a header names: null for the document's own, else the date it writes.
	 *
	 * @throws IllegalArgumentException when it is neither the document's period nor a date with a year
	 */
	public static PartialDate resolve(String period, Agreement agreement) {
		if (period.equalsIgnoreCase(document(agreement))) {
			return null;
		}
		PartialDate date = PartialDate.parse(period);
		if (!date.hasYear()) {
			throw new IllegalArgumentException(period);
		}
		return date;
	}

	/** The follow-up plan's outcome for the subject in the period, or null. */
	public static Outcome find(Agreement agreement, Trackable subject, String period) {
		if (agreement.getFollowUpPlan() == null) {
			return null;
		}
		return agreement.getFollowUpPlan().getOutcomes().stream()
				.filter(o -> o.getSubject() == subject && period.equals(of(o, agreement))).findFirst().orElse(null);
	}
}
