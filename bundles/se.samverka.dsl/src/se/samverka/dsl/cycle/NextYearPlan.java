/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.cycle;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import se.samverka.dsl.cycle.NextYearRefused.Reason;
import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.time.PartialDate;

/**
 * What next year's document will be, decided before anything is made: its name, title and
 * period, how far the years move, and which promises continue and which end.
 * <p>
 * The next period follows this one: a document revised every year ({@code årlig revision}) moves
 * one year, any other as many whole years as it covers ("2020" till "2021" becomes "2022" till
 * "2023", "oktober 2018" till "oktober 2019" becomes "oktober 2019" till "oktober 2020"). Every
 * promise continues unless the user ends it: a promise that was done ("genomfört") this year is
 * as often promised again as not, and only the coordinator knows which.
 */
public record NextYearPlan(Agreement current, String name, String title, PartialDate periodFrom, PartialDate periodTo,
		YearShift shift, List<CitizenPromise> continuing, List<CitizenPromise> ended) {

	// the language's ID terminal
	private static final Pattern ID = Pattern
			.compile("\\^?[a-zA-Z_åäöÅÄÖéÉüÜ][a-zA-Z_åäöÅÄÖéÉüÜ0-9-]*");
	private static final double DAYS_PER_YEAR = 365.25;

	/**
	 * @param takenNames the names of the other documents that the new one must not take
	 */
	static NextYearPlan of(Agreement current, NextYearRequest request, Collection<String> takenNames)
			throws NextYearRefused {
		PartialDate from;
		PartialDate to;
		YearShift shift;
		PartialDate oldFrom = current.getPeriodFrom();
		if (request.period() != null && !request.period().isBlank()) {
			String[] ends = request.period().strip().split("\\s+till\\s+", 2);
			from = date(ends[0], request.period());
			to = ends.length > 1 ? date(ends[1], request.period()) : null;
			if (!from.hasYear() || to != null && (!to.hasYear() || to.isBefore(from))) {
				throw new NextYearRefused(Reason.BAD_PERIOD, request.period());
			}
			shift = new YearShift(oldFrom != null && oldFrom.hasYear()
					? from.start().getYear() - oldFrom.start().getYear() : 0);
		} else {
			if (oldFrom == null || !oldFrom.hasYear()) {
				throw new NextYearRefused(Reason.NO_PERIOD, current.getName());
			}
			shift = new YearShift(current.isYearlyRevision() ? 1 : yearsCovered(oldFrom, current.getPeriodTo()));
			from = shift.apply(oldFrom);
			to = shift.apply(current.getPeriodTo());
		}
		String name = request.name() != null && !request.name().isBlank() ? request.name().strip()
				: shifted(current.getName(), shift, String.valueOf(from.start().getYear()));
		if (!ID.matcher(name).matches()) {
			throw new NextYearRefused(Reason.BAD_NAME, name);
		}
		if (takenNames.contains(name)) {
			throw new NextYearRefused(Reason.NAME_TAKEN, name);
		}
		String title = current.getTitle() == null ? null
				: shifted(current.getTitle(), shift, " " + from + (to == null ? "" : "–" + to));
		List<CitizenPromise> ended = new ArrayList<>();
		for (String asked : request.ended()) {
			CitizenPromise promise = current.getPromises().stream().filter(p -> asked.equals(p.getName())).findFirst()
					.orElseThrow(() -> new NextYearRefused(current.getPromises().stream().map(CitizenPromise::getName)
							.toList(), Reason.NO_SUCH_PROMISE, asked, current.getName()));
			ended.add(promise);
		}
		List<CitizenPromise> continuing = current.getPromises().stream().filter(p -> !ended.contains(p)).toList();
		return new NextYearPlan(current, name, title, from, to, shift, continuing, List.copyOf(ended));
	}

	private static PartialDate date(String text, String whole) throws NextYearRefused {
		try {
			return PartialDate.parse(text.replaceAll("^\"|\"$", ""));
		} catch (IllegalArgumentException notADate) {
			throw new NextYearRefused(Reason.BAD_PERIOD, whole);
		}
	}

	/** Whole years from the first day of the period to its last, at least one. */
	static int yearsCovered(PartialDate from, PartialDate to) {
		PartialDate last = to != null && to.hasYear() ? to : from;
		long days = ChronoUnit.DAYS.between(from.start(), last.end()) + 1;
		return (int) Math.max(1, Math.round(days / DAYS_PER_YEAR));
	}

	/** The text with its years moved, or, when it has none to move, with the suffix added. */
	private static String shifted(String text, YearShift shift, String suffix) {
		return shift.years() != 0 && YearShift.hasYear(text) ? shift.apply(text) : text + suffix;
	}

	/** The name of an element of the new document: this year's, with its years moved. */
	String elementName(String old) {
		return old == null || shift.years() == 0 ? old : shift.apply(old);
	}
}
