/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import se.samverka.model.labels.SwedishNumbers;

/** Numbers as a Swedish reader expects them in the documents: decimal comma, no-break space between thousands. */
class SwedishNumbersTest {
	@Test
	void decimalsTakeACommaAndThousandsASpaceFromFiveDigits() {
		assertEquals("0,75", SwedishNumbers.format(new BigDecimal("0.75")));
		assertEquals("1234", SwedishNumbers.format(new BigDecimal("1234")));
		assertEquals("12\u00a0345", SwedishNumbers.format(new BigDecimal("12345")));
		assertEquals("1\u00a0234\u00a0567,5", SwedishNumbers.format(new BigDecimal("1234567.50")));
		assertEquals("100", SwedishNumbers.format(new BigDecimal("1E+2")));
		assertEquals("\u22121,5", SwedishNumbers.format(new BigDecimal("-1.5")));
		assertEquals("", SwedishNumbers.format(null));
	}
}
