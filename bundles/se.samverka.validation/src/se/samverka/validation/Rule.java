/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation;

import static se.samverka.validation.Source.agreement;
import static se.samverka.validation.Source.braGuidance;
import static se.samverka.validation.Source.consistency;
import static se.samverka.validation.Source.law;
import static se.samverka.validation.Source.nationalModel;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.time.PartialDate;

/**
 * The rule catalogue: everything about each rule in one entry. Its code ({@link RuleCodes}), the
 * severity its findings have unless the user chooses another ({@link Severities}), the source it
 * rests on, the kinds of agreement it applies to, and whether the editor offers a quick fix.
 * Title, description, quick-fix title and messages are in messages.properties (Swedish) and
 * messages_en.properties, under the keys {@code CODE.title}, {@code CODE.description},
 * {@code CODE.fix} and {@code CODE}. The checks are the methods of the family's class in
 * {@code rules/}, named after the code ({@code PriorityAreaRules.p4GoalsAreMeasurable}).
 */
public enum Rule {
	S1(RuleCodes.S1, Severity.ERROR, consistency(), all(), false),
	S2(RuleCodes.S2, Severity.ERROR, agreement("1–2"), governing(), false),
	S3(RuleCodes.S3, Severity.ERROR, agreement("4"), all(), false),
	S4(RuleCodes.S4, Severity.ERROR, consistency(), all(), false),
	S5(RuleCodes.S5, Severity.WARNING, consistency(), all(), false),
	S6(RuleCodes.S6, Severity.ERROR, agreement("3"), all(), true),
	S7(RuleCodes.S7, Severity.WARNING, consistency(), all(), false),

	G1(RuleCodes.G1, Severity.ERROR, agreement("5"), governing(), false),
	G2(RuleCodes.G2, Severity.WARNING, agreement("6"), governing(), false),
	G3(RuleCodes.G3, Severity.ERROR, agreement("5"), governing(), true),
	G4(RuleCodes.G4, Severity.ERROR, agreement("2, 5–7"), governing(), false),
	G5(RuleCodes.G5, Severity.ERROR, consistency(), governing(), false),
	G6(RuleCodes.G6, Severity.ERROR, agreement("7"), governing(), true),
	G7(RuleCodes.G7, Severity.ERROR, agreement("7"), governing(), false),
	G8(RuleCodes.G8, Severity.WARNING, agreement("5–7"), governing(), false),
	G9(RuleCodes.G9, Severity.ERROR, agreement("8"), governing(), true),

	L1(RuleCodes.L1, Severity.ERROR, consistency(), all(), false),
	L2(RuleCodes.L2, Severity.WARNING, agreement("10"), all(), false),
	L3(RuleCodes.L3, Severity.WARNING, law("4 §"), all(), false),
	L4(RuleCodes.L4, Severity.WARNING, agreement("9–10"), all(), false),

	P1(RuleCodes.P1, Severity.ERROR, agreement("9"), all(), false),
	P2(RuleCodes.P2, Severity.ERROR, nationalModel(4), all(), false),
	P3(RuleCodes.P3, Severity.WARNING, agreement("11"), governing(), false),
	P4(RuleCodes.P4, Severity.WARNING, braGuidance(), all(), false),
	P5(RuleCodes.P5, Severity.ERROR, braGuidance(), all(), false),
	P6(RuleCodes.P6, Severity.WARNING, nationalModel(4), all(), false),
	P7(RuleCodes.P7, Severity.WARNING, nationalModel(4), all(), false),
	P8(RuleCodes.P8, Severity.WARNING, braGuidance(), all(), false),
	P9(RuleCodes.P9, Severity.INFO, braGuidance(), governing(), false),

	N1(RuleCodes.N1, Severity.WARNING, law("4 §"), governing(), false),
	N2(RuleCodes.N2, Severity.WARNING, nationalModel(4), all(), false),
	N3(RuleCodes.N3, Severity.WARNING, law(""), governing(), false),
	N4(RuleCodes.N4, Severity.INFO, nationalModel(4), all(), false),
	N5(RuleCodes.N5, Severity.INFO, nationalModel(3), all(), false),

	M1(RuleCodes.M1, Severity.WARNING, braGuidance(), all(), false),
	M2(RuleCodes.M2, Severity.WARNING, braGuidance(), all(), false),
	M3(RuleCodes.M3, Severity.ERROR, nationalModel(4), all(), true),
	M4(RuleCodes.M4, Severity.WARNING, braGuidance(), all(), false),
	M5(RuleCodes.M5, Severity.WARNING, nationalModel(5), all(), false),

	C1(RuleCodes.C1, Severity.WARNING, agreement("12"), all(), false),
	C2(RuleCodes.C2, Severity.WARNING, agreement("12"), all(), true),
	C3(RuleCodes.C3, Severity.WARNING, agreement("12"), all(), false),

	F1(RuleCodes.F1, Severity.WARNING, agreement("13"), governing(), false),
	F2(RuleCodes.F2, Severity.ERROR, agreement("13"), all(), false),
	F3(RuleCodes.F3, Severity.ERROR, consistency(), all(), false);

	/** How a finding is shown unless the user chooses otherwise. */
	public enum Severity {
		ERROR, WARNING, INFO;

		/** The word of the settings file, the command line and Xtext's preferences: "error", "warning", "info". */
		public String keyword() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private static final RuleTexts TEXTS = new RuleTexts();

	private final String code;
	private final Severity severity;
	private final Source source;
	private final Set<AgreementKind> kinds;
	private final boolean fix;

	Rule(String code, Severity severity, Source source, Set<AgreementKind> kinds, boolean fix) {
		this.code = code;
		this.severity = severity;
		this.source = source;
		this.kinds = Collections.unmodifiableSet(kinds);
		this.fix = fix;
	}

	/** The stable code users see, suppress and configure: "P4". */
	public String code() {
		return code;
	}

	/** The severity of the catalogue; the user's choice may differ ({@link Severities#of(Rule)}). */
	public Severity severity() {
		return severity;
	}

	/** What the rule rests on: a paragraph of the law, a step of the national model, Brå's guidance, an agreement. */
	public Source source() {
		return source;
	}

	/** The kinds of agreement the rule checks; other agreements are not checked by it. */
	public Set<AgreementKind> kinds() {
		return kinds;
	}

	public boolean appliesTo(AgreementKind kind) {
		return kinds.contains(kind);
	}

	/**
	 * The first day a document must be dated to be checked by the rule, or null when the rule
	 * checks documents of any date. The law's rules (those resting on SFS 2023:196) apply to
	 * documents dated from the day the law came into force, 2023-07-01.
	 */
	public LocalDate appliesFrom() {
		return source.basis() == Source.Basis.LAW ? Source.LAW_IN_FORCE : null;
	}

	/**
	 * Whether the rule checks the agreement: one of its kinds, and dated late enough
	 * ({@link #appliesFrom()}). A document is dated by {@link Agreements#documentDate}; one whose
	 * date could fall on or after the day ("2023" covers the second half of the year) is checked,
	 * and so is an undated one: without a date it is taken to be a document of today, as a draft is.
	 */
	public boolean appliesTo(Agreement agreement) {
		if (!appliesTo(agreement.getKind())) {
			return false;
		}
		LocalDate from = appliesFrom();
		PartialDate dated = from == null ? null : Agreements.documentDate(agreement);
		return dated == null || !dated.end().isBefore(from);
	}

	/** Whether the editor (any LSP editor, and the workbench) offers a quick fix for its findings. */
	public boolean hasQuickFix() {
		return fix;
	}

	/** A few words that name the rule, in the user's language. */
	public String title() {
		return title(se.samverka.model.nls.Language.current());
	}

	public String title(Locale locale) {
		return TEXTS.get(locale, code + ".title");
	}

	/** What the rule checks, in one or two sentences. */
	public String description() {
		return description(se.samverka.model.nls.Language.current());
	}

	public String description(Locale locale) {
		return TEXTS.get(locale, code + ".description");
	}

	/** The label of its quick fix, or null for a rule without one. */
	public String quickFixTitle() {
		return quickFixTitle(se.samverka.model.nls.Language.current());
	}

	public String quickFixTitle(Locale locale) {
		return fix ? TEXTS.get(locale, code + ".fix") : null;
	}

	/** The rule of a code such as "P4", or null for a code that is no rule. */
	public static Rule ofCode(String code) {
		for (Rule rule : values()) {
			if (rule.code.equals(code)) {
				return rule;
			}
		}
		return null;
	}

	private static Set<AgreementKind> all() {
		return EnumSet.allOf(AgreementKind.class);
	}

	/**
	 * Agreements that set up cooperation: every kind but a citizen promise, which is the public,
	 * yearly part of an agreement and has no governance, coordinators, funded measures or
	 * follow-up plan of its own.
	 */
	private static Set<AgreementKind> governing() {
		return EnumSet.complementOf(EnumSet.of(AgreementKind.CITIZEN_PROMISE));
	}
}
