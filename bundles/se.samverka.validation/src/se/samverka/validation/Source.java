/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a rule rests on. The citation is the place in the source as the source itself numbers
 * it: a paragraph of the law ("4 §"), a step of the national model ("3"), a clause of the
 * agreement Samverka is specified by ("5"), or nothing where the source is one whole.
 */
public record Source(Basis basis, String citation) {

	/** The kinds of source a rule can rest on. */
	public enum Basis {
		/** Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete. */
		LAW,
		/** The five steps of the national model (Brå, Polisen and SKR, 2020) and their criteria for "done". */
		NATIONAL_MODEL,
		/** Brå's handbook on action plans and goals: causes, owners, SMART goals with verbs of movement. */
		BRA_GUIDANCE,
		/** Botkyrka's sub-agreement (2014), the agreement whose clauses the metamodel follows. */
		AGREEMENT,
		/** The model's own consistency: references, dates, numbers and figures that must agree. */
		CONSISTENCY
	}

	/** The day Lag (2023:196) came into force; its rules apply to documents from then on. */
	public static final LocalDate LAW_IN_FORCE = LocalDate.of(2023, 7, 1);

	private static final RuleTexts TEXTS = new RuleTexts();

	static Source law(String paragraph) {
		return new Source(Basis.LAW, paragraph);
	}

	static Source nationalModel(int step) {
		return new Source(Basis.NATIONAL_MODEL, Integer.toString(step));
	}

	static Source braGuidance() {
		return new Source(Basis.BRA_GUIDANCE, "");
	}

	static Source agreement(String clause) {
		return new Source(Basis.AGREEMENT, clause);
	}

	static Source consistency() {
		return new Source(Basis.CONSISTENCY, "");
	}

	/** The source in words, e.g. "SFS 2023:196 4 §" or "den nationella modellen, steg 3". */
	public String text(Locale locale) {
		String key = "source." + basis.name();
		return citation.isEmpty() ? TEXTS.get(locale, key) : TEXTS.get(locale, key + ".cited", citation);
	}
}
