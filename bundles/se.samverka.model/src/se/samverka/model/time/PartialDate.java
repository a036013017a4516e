/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as documents give it: a year, a half-year, a season, a quarter, a month or a day ("i
 * februari 2019", "hösten 2018", "2019-02", "2019-02-15", "första halvåret 2020", "kvartal 3
 * 2021"). It keeps the text as written, so it prints the way the source wrote it, and it stands for
 * the interval of days it covers, so it sorts and compares correctly: "hösten 2018" is September
 * to November 2018, before "i februari 2019". A day and month without a year ("31 mars") is kept
 * when the source gives no year; it has no interval and sorts after every dated value.
 */
public final class PartialDate implements Comparable<PartialDate> {

	/** How precise the date is. */
	public enum Precision {
		YEAR, HALF_YEAR, SEASON, QUARTER, MONTH, DAY
	}

	private static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("januari", Month.JANUARY),
			Map.entry("februari", Month.FEBRUARY), Map.entry("mars", Month.MARCH), Map.entry("april", Month.APRIL),
			Map.entry("maj", Month.MAY), Map.entry("juni", Month.JUNE), Map.entry("juli", Month.JULY),
			Map.entry("augusti", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
			Map.entry("oktober", Month.OCTOBER), Map.entry("november", Month.NOVEMBER),
			Map.entry("december", Month.DECEMBER));

	// a season is a range of months; winter runs from December of the year before
	private static final Map<String, int[]> SEASONS = Map.of("våren", new int[] { 3, 5 }, "vår", new int[] { 3, 5 },
			"sommaren", new int[] { 6, 8 }, "sommar", new int[] { 6, 8 }, "hösten", new int[] { 9, 11 },
			"höst", new int[] { 9, 11 }, "vintern", new int[] { 0, 2 }, "vinter", new int[] { 0, 2 });

	private static final Map<String, Integer> ORDINALS = Map.of("första", 1, "andra", 2, "tredje", 3, "fjärde", 4);

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");
	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
	private static final Pattern MONTH = Pattern.compile("(\\p{L}+) (\\d{4})");
	private static final Pattern DAY = Pattern.compile("(\\d{1,2}) (\\p{L}+)(?: (\\d{4}))?");
	private static final Pattern HALF_YEAR = Pattern.compile("(första|andra) halvåret (\\d{4})");
	private static final Pattern QUARTER = Pattern.compile("(?:kvartal (\\d)|q(\\d)|(första|andra|tredje|fjärde) kvartalet) (\\d{4})");

	private static final Comparator<PartialDate> ORDER = Comparator
			.comparing((PartialDate d) -> d.start, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(d -> d.end, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(d -> d.text);

	private final String text;
	private final Precision precision;
	private final LocalDate start;
	private final LocalDate end;

	private PartialDate(String text, Precision precision, LocalDate start, LocalDate end) {
		this.text = text;
		this.precision = precision;
		this.start = start;
		this.end = end;
	}

	/**
	 * Reads a date as written; a leading "i", "under", "den" or "från" is kept in the text.
	 *
	 * @throws IllegalArgumentException when the text is not one of the forms above
	 */
	public static PartialDate parse(String written) {
		Objects.requireNonNull(written);
		String text = written.strip();
		String form = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
				.replaceFirst("^(i|under|den|från|till|per) ", "");
		Matcher m;
		try {
			if ((m = YEAR.matcher(form)).matches()) {
				int year = Integer.parseInt(m.group(1));
				return new PartialDate(text, Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			}
			if ((m = ISO_DAY.matcher(form)).matches()) {
				LocalDate day = LocalDate.parse(form);
				return new PartialDate(text, Precision.DAY, day, day);
			}
			if ((m = ISO_MONTH.matcher(form)).matches()) {
				return month(text, YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
			}
			if ((m = HALF_YEAR.matcher(form)).matches()) {
				int year = Integer.parseInt(m.group(2));
				int first = m.group(1).equals("första") ? 1 : 7;
				return new PartialDate(text, Precision.HALF_YEAR, LocalDate.of(year, first, 1),
						YearMonth.of(year, first + 5).atEndOfMonth());
			}
			if ((m = QUARTER.matcher(form)).matches()) {
				String number = m.group(1) != null ? m.group(1) : m.group(2);
				int quarter = number != null ? Integer.parseInt(number) : ORDINALS.get(m.group(3));
				if (quarter < 1 || quarter > 4) {
					throw new IllegalArgumentException(written);
				}
				int year = Integer.parseInt(m.group(4));
				int first = 3 * quarter - 2;
				return new PartialDate(text, Precision.QUARTER, LocalDate.of(year, first, 1),
						YearMonth.of(year, first + 2).atEndOfMonth());
			}
			if ((m = MONTH.matcher(form)).matches()) {
				int year = Integer.parseInt(m.group(2));
				if (MONTHS.containsKey(m.group(1))) {
					return month(text, YearMonth.of(year, MONTHS.get(m.group(1))));
				}
				int[] months = SEASONS.get(m.group(1));
				if (months != null) {
					YearMonth first = months[0] == 0 ? YearMonth.of(year - 1, 12) : YearMonth.of(year, months[0]);
					return new PartialDate(text, Precision.SEASON, first.atDay(1),
							YearMonth.of(year, months[1]).atEndOfMonth());
				}
			}
			if ((m = DAY.matcher(form)).matches() && MONTHS.containsKey(m.group(2))) {
				Month month = MONTHS.get(m.group(2));
				int day = Integer.parseInt(m.group(1));
				if (m.group(3) == null) {
					LocalDate.of(2000, month, day); // checks the day; 2000 is a leap year
					return new PartialDate(text, Precision.DAY, null, null);
				}
				LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month, day);
				return new PartialDate(text, Precision.DAY, date, date);
			}
		} catch (java.time.DateTimeException e) {
			throw new IllegalArgumentException(written, e);
		}
		throw new IllegalArgumentException(written);
	}

	private static PartialDate month(String text, YearMonth month) {
		return new PartialDate(text, Precision.MONTH, month.atDay(1), month.atEndOfMonth());
	}

	/** The text as written: "hösten 2018". */
	@Override
	public String toString() {
		return text;
	}

	public Precision precision() {
		return precision;
	}

	/** Whether the source gave a year ("31 mars" has none). */
	public boolean hasYear() {
		return start != null;
	}

	/** The first day the date covers; null without a year. */
	public LocalDate start() {
		return start;
	}

	/** The last day the date covers; null without a year. */
	public LocalDate end() {
		return end;
	}

	/** The year, or 0 without one; a winter counts as the year it ends in. */
	public int year() {
		return end == null ? 0 : end.getYear();
	}

	/** Whether the whole of this date lies before the whole of the other (both with a year). */
	public boolean isBefore(PartialDate other) {
		return hasYear() && other.hasYear() && end.isBefore(other.start);
	}

	/** Whether the whole of this date lies after the whole of the other (both with a year). */
	public boolean isAfter(PartialDate other) {
		return other.isBefore(this);
	}

	/** Whether the day lies within this date. */
	public boolean contains(LocalDate day) {
		return hasYear() && !day.isBefore(start) && !day.isAfter(end);
	}

	/** Whether the two dates share at least one day. */
	public boolean overlaps(PartialDate other) {
		return hasYear() && other.hasYear() && !end.isBefore(other.start) && !other.end.isBefore(start);
	}

	/** By first day, then by last day (a month before the year that begins with it); undated last. */
	@Override
	public int compareTo(PartialDate other) {
		return ORDER.compare(this, other);
	}

	/** Equal when written the same: the text is what the user wrote and what round trips keep. */
	@Override
	public boolean equals(Object other) {
		return other instanceof PartialDate date && date.text.equals(text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}
}
