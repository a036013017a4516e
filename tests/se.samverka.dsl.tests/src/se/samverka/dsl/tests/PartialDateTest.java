/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.model.time.PartialDate;
import se.samverka.model.time.PartialDate.Precision;

/** Partial dates as documents write them: kept as written, read as the interval they cover. */
class PartialDateTest {

	@Test
	void everyFormKeepsItsTextAndCoversItsInterval() {
		assertCovers("2019", Precision.YEAR, "2019-01-01", "2019-12-31");
		assertCovers("i februari 2019", Precision.MONTH, "2019-02-01", "2019-02-28");
		assertCovers("2019-02", Precision.MONTH, "2019-02-01", "2019-02-28");
		assertCovers("2019-02-15", Precision.DAY, "2019-02-15", "2019-02-15");
		assertCovers("15 februari 2019", Precision.DAY, "2019-02-15", "2019-02-15");
		assertCovers("hösten 2018", Precision.SEASON, "2018-09-01", "2018-11-30");
		assertCovers("våren 2020", Precision.SEASON, "2020-03-01", "2020-05-31");
		assertCovers("vintern 2020", Precision.SEASON, "2019-12-01", "2020-02-29");
		assertCovers("första halvåret 2020", Precision.HALF_YEAR, "2020-01-01", "2020-06-30");
		assertCovers("andra halvåret 2020", Precision.HALF_YEAR, "2020-07-01", "2020-12-31");
		assertCovers("kvartal 3 2021", Precision.QUARTER, "2021-07-01", "2021-09-30");
		assertCovers("Q1 2021", Precision.QUARTER, "2021-01-01", "2021-03-31");
	}

	@Test
	void aDayWithoutAYearIsKeptButHasNoInterval() {
		PartialDate date = PartialDate.parse("31 mars");
		assertEquals("31 mars", date.toString());
		assertFalse(date.hasYear());
		assertEquals(0, date.year());
		assertFalse(date.isBefore(PartialDate.parse("2021")));
	}

	@Test
	void sortsByTheIntervalNotByTheText() {
		List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("31 mars"), PartialDate.parse("i februari 2019"),
				PartialDate.parse("2019"), PartialDate.parse("hösten 2018"), PartialDate.parse("2018-12-24"),
				PartialDate.parse("första halvåret 2019")));
		Collections.sort(dates);
		assertEquals(List.of("hösten 2018", "2018-12-24", "första halvåret 2019", "2019", "i februari 2019", "31 mars"),
				dates.stream().map(PartialDate::toString).toList());
	}

	@Test
	void comparesAsIntervals() {
		PartialDate autumn = PartialDate.parse("hösten 2018");
		assertTrue(autumn.isBefore(PartialDate.parse("i februari 2019")));
		assertTrue(autumn.contains(LocalDate.of(2018, 10, 9)));
		assertFalse(autumn.contains(LocalDate.of(2018, 12, 1)));
		assertTrue(PartialDate.parse("2018").overlaps(autumn));
		assertFalse(PartialDate.parse("2018").isBefore(autumn), "a year does not lie before its own autumn");
		assertTrue(PartialDate.parse("2019").isAfter(autumn));
	}

	@Test
	void equalWhenWrittenTheSame() {
		assertEquals(PartialDate.parse("hösten 2018"), PartialDate.parse("hösten 2018"));
		assertFalse(PartialDate.parse("2019-02").equals(PartialDate.parse("februari 2019")));
	}

	@Test
	void rejectsWhatIsNoDate() {
		for (String text : List.of("", "snart", "februari", "kvartal 5 2021", "2019-13", "30 februari 2019", "hösten")) {
			try {
				PartialDate.parse(text);
				throw new AssertionError("read as a date: " + text);
			} catch (IllegalArgumentException expected) {
				// what the value converter turns into a message at the line and column
			}
		}
	}

	private static void assertCovers(String text, Precision precision, String start, String end) {
		PartialDate date = PartialDate.parse(text);
		assertEquals(text, date.toString());
		assertEquals(precision, date.precision(), text);
		assertEquals(LocalDate.parse(start), date.start(), text);
		assertEquals(LocalDate.parse(end), date.end(), text);
	}
}
