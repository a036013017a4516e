/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Goal;
import se.samverka.model.Outcome;
import se.samverka.model.time.PartialDate;

/**
 * The outcomes of a promise document by period: an outcome that names its period ("2018", "första
 * halvåret 2019") is for that period, one that does not is for the document's whole period. And
 * a promise's outcomes across years, through the promises it carries on ({@code föregående}).
 */
public final class PromiseOutcomes {

	/** An outcome with the period it is for, as written, and where that period starts (to sort by). */
	public record Reported(String period, PartialDate when, CitizenPromise promise, Outcome outcome) {
		/** The goal the outcome measures: its subject, or the promise's only goal; null for none. */
		public Goal goal() {
			if (outcome.getSubject() instanceof Goal goal) {
				return goal;
			}
			return outcome.getSubject() == promise && promise.getGoals().size() == 1 ? promise.getGoals().get(0) : null;
		}
	}

	private static final Comparator<Reported> IN_TIME = Comparator.comparing(Reported::when,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private PromiseOutcomes() {
	}

	/** The periods the document has outcomes for, earliest first: "2018", "2018–2019". */
	public static List<String> periods(Agreement document) {
		Map<String, PartialDate> periods = new LinkedHashMap<>();
		all(document).stream().sorted(IN_TIME).forEach(reported -> periods.putIfAbsent(reported.period(), reported.when()));
		return List.copyOf(periods.keySet());
	}

	/** The period a user names ("2018", "2018-2019"), as the document writes it; null if it has no outcomes for it. */
	public static String period(Agreement document, String asked) {
		String wanted = normalised(asked);
		return periods(document).stream().filter(period -> normalised(period).equals(wanted)).findFirst().orElse(null);
	}

	private static String normalised(String period) {
		return period.strip().replaceAll("\\s*[-\u2013\u2014]\\s*", "\u2013").toLowerCase(java.util.Locale.ROOT);
	}

	/** Every outcome of the document's promises, their goals and their activities, with its period. */
	public static List<Reported> all(Agreement document) {
		List<Reported> all = new ArrayList<>();
		if (document.getFollowUpPlan() == null) {
			return all;
		}
		for (Outcome outcome : document.getFollowUpPlan().getOutcomes()) {
			CitizenPromise promise = promiseOf(document, outcome);
			if (promise != null) {
				all.add(reported(document, promise, outcome));
			}
		}
		return all;
	}

	/** The outcomes of one promise of the document for the period. */
	public static List<Reported> of(CitizenPromise promise, String period) {
		Agreement document = (Agreement) promise.eContainer();
		return all(document).stream().filter(r -> r.promise() == promise && r.period().equals(period)).toList();
	}

	/**
	 * The promise's outcomes up to and including the period, with those of the promises it carries
	 * on in earlier documents, earliest first.
	 */
	public static List<Reported> history(CitizenPromise promise, String period) {
		List<Reported> history = new ArrayList<>();
		Agreement document = (Agreement) promise.eContainer();
		PartialDate until = all(document).stream().filter(r -> r.period().equals(period)).map(Reported::when)
				.filter(java.util.Objects::nonNull).findFirst().orElse(null);
		Set<CitizenPromise> seen = new HashSet<>();
		for (CitizenPromise earlier = promise; earlier != null && seen.add(earlier); earlier = earlier.getPrevious()) {
			CitizenPromise current = earlier;
			if (current.eContainer() instanceof Agreement holder) {
				all(holder).stream().filter(r -> r.promise() == current).forEach(history::add);
			}
		}
		return history.stream()
				.filter(r -> until == null || r.when() == null || r.when().compareTo(until) <= 0 || r.period().equals(period))
				.sorted(IN_TIME).toList();
	}

	private static Reported reported(Agreement document, CitizenPromise promise, Outcome outcome) {
		if (outcome.getPeriod() != null) {
			return new Reported(outcome.getPeriod().toString(), outcome.getPeriod(), promise, outcome);
		}
		return new Reported(years(document), document.getPeriodFrom(), promise, outcome);
	}

	/** The document's period in years: "2020–2021", "2017"; its title when it gives no year. */
	public static String years(Agreement document) {
		PartialDate from = document.getPeriodFrom();
		PartialDate to = document.getPeriodTo();
		int first = from == null ? 0 : from.year();
		int last = to == null ? first : to.year();
		if (first == 0) {
			return last > 0 ? String.valueOf(last) : PromiseContent.period(document) != null ? PromiseContent.period(document) : "";
		}
		return last > first ? first + "\u2013" + last : String.valueOf(first);
	}

	private static CitizenPromise promiseOf(Agreement document, Outcome outcome) {
		for (CitizenPromise promise : document.getPromises()) {
			if (outcome.getSubject() == promise || promise.getGoals().contains(outcome.getSubject())
					|| promise.getActivities().contains(outcome.getSubject())) {
				return promise;
			}
		}
		return null;
	}
}
