/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.samverka.model.nls.Texts;

/**
 * What the "new agreement" wizard asks for, and what keeps it from making an agreement.
 *
 * @param shape what the file starts from
 * @param municipality the municipality as it is to be written, e.g. "Botkyrka kommun"
 * @param policeArea the local police area as it is to be written, e.g. "Lokalpolisområde Botkyrka"
 * @param districts the municipality's districts (kommundelar), e.g. "Tumba", "Hallunda-Norsborg";
 *            required for a shape that {@linkplain AgreementTemplate#needsDistricts() needs them}
 *            ({@link Shape#SUB_AGREEMENT}, which gives each an area group)
 * @param startYear the year the agreement starts (1 January)
 */
public record AgreementRequest(Shape shape, String municipality, String policeArea, List<String> districts,
		int startYear) {
	/** The earliest and latest start year a request may give. */
	public static final int FIRST_YEAR = 1990;
	public static final int LAST_YEAR = 2100;

	private static final Texts TEXTS = new Texts(AgreementRequest.class, "se.samverka.dsl.templates.messages");

	public AgreementRequest {
		// a copy that may hold null entries, so that validation can name them
		districts = districts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(districts));
	}

	/** What keeps this request from making an agreement, in the user's language; empty when nothing does. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (shape == null) {
			problems.add(TEXTS.get("noShape"));
		}
		if (Identifiers.line(municipality).isEmpty()) {
			problems.add(TEXTS.get("noMunicipality"));
		}
		if (Identifiers.line(policeArea).isEmpty()) {
			problems.add(TEXTS.get("noPoliceArea"));
		}
		if (shape != null && shape.template().needsDistricts() && districts.isEmpty()) {
			problems.add(TEXTS.get("noDistricts"));
		}
		Set<String> seen = new HashSet<>();
		Set<String> reported = new HashSet<>();
		for (int i = 0; i < districts.size(); i++) {
			String district = Identifiers.line(districts.get(i));
			if (district.isEmpty()) {
				problems.add(TEXTS.get("blankDistrict", String.valueOf(i + 1)));
				continue;
			}
			// case and spacing ignored: "Alby" and " alby " are the same district
			String key = district.toLowerCase(Locale.ROOT);
			if (!seen.add(key) && reported.add(key)) {
				problems.add(TEXTS.get("duplicateDistrict", district));
			}
		}
		if (startYear < FIRST_YEAR || startYear > LAST_YEAR) {
			problems.add(TEXTS.get("startYear", String.valueOf(startYear), String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR)));
		}
		return problems;
	}
}
