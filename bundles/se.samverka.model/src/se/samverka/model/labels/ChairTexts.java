/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.labels;

import se.samverka.model.Body;
import se.samverka.model.Chair;

/** Who chairs a body, in words: "ordförande roterar Polisen / Kommunen, 1 år", "ordförande: Kommundirektör". */
public final class ChairTexts {
	private ChairTexts() {
	}

	/** How the body's chair is chosen; null when the body has no chair. */
	public static String of(Body body) {
		Chair chair = body.getChair();
		if (chair == null) {
			return null;
		}
		if (!chair.getRotatesBetween().isEmpty()) {
			String parties = String.join(" / ", chair.getRotatesBetween().stream().map(ElementLabels::of).toList());
			return chair.getTermYears() > 0 ? LabelTexts.get("chair.rotatesTerm", parties, chair.getTermYears())
					: LabelTexts.get("chair.rotates", parties);
		}
		if (chair.getAppointedBy() != null) {
			return LabelTexts.get("chair.appointedBy", ElementLabels.of(chair.getAppointedBy()));
		}
		return chair.getRole() == null ? null : LabelTexts.get("chair.role", ElementLabels.of(chair.getRole()));
	}

	/** The chair as an element of its own: "Ordförande, Styrgrupp". */
	public static String chairOf(Body body) {
		return LabelTexts.get("chair.of", ElementLabels.of(body));
	}
}
