/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.labels;

/**
 * The relations between model elements that diagrams and the ArchiMate exchange draw, each with
 * the words a user reads on the line ("tillhör", "ordförande").
 */
public enum Relation {
	REPORTS_TO, ASSIGNS, MEMBER, LEADS, CHAIRS, IS_CHAIR, APPOINTS, BELONGS_TO, PARTY, CONSISTS_OF,
	APPOINTS_COORDINATOR, IS_COORDINATOR, FUNCTION, HAS_FUNCTION, PART_OF, JUSTIFIES, ADDRESSED_BY, AIMS_AT, RESPONSIBLE,
	FOLLOWED_UP_BY, ADDRESSES, REACHES, THROUGH, SPEAKS_FOR;

	/** The words on the line, in the user's language. */
	public String label() {
		return LabelTexts.get(key());
	}

	/** The key of {@link #label()} in labels.properties; every constant has one (tested). */
	public String key() {
		return "relation." + name();
	}
}
