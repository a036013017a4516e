/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.cycle;

import java.util.List;

/**
 * What the user asks of next year's promise document; every part may be left out.
 *
 * @param agreement the document of the file to start from, when the file holds several
 * @param name the new document's name, in place of the one made from this year's
 * @param period the new period as written ("2022", "2022 till 2023"), in place of the next one
 * @param ended the promises of this year's document that end and are not carried over
 */
public record NextYearRequest(String agreement, String name, String period, List<String> ended) {
	public NextYearRequest {
		ended = ended == null ? List.of() : List.copyOf(ended);
	}

	/** Everything as Samverka would choose it. */
	public static NextYearRequest plain() {
		return new NextYearRequest(null, null, null, List.of());
	}

	public NextYearRequest withAgreement(String chosen) {
		return new NextYearRequest(chosen, name, period, ended);
	}

	public NextYearRequest withEnded(List<String> names) {
		return new NextYearRequest(agreement, name, period, names);
	}
}
