/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.cycle;

import java.util.List;

import se.samverka.model.nls.Texts;

/**
 * Why next year's promise document cannot be made as asked, in the user's language; for a choice
 * (which document, which promise) it names what there is to choose from.
 */
public class NextYearRefused extends Exception {
	private static final long serialVersionUID = 1L;
	static final Texts TEXTS = new Texts(NextYearRefused.class, "se.samverka.dsl.cycle.messages");

	/** What was refused, so that a command line or a dialog can say how to ask otherwise. */
	public enum Reason {
		NO_PERIOD("noPeriod"), BAD_PERIOD("badPeriod"), BAD_NAME("badName"), NAME_TAKEN("nameTaken"),
		NO_SUCH_PROMISE("noSuchPromise"), NO_SUCH_AGREEMENT("noSuchAgreement"),
		NOT_A_PROMISE_DOCUMENT("notAPromiseDocument"), NO_PROMISE_DOCUMENT("noPromiseDocument"),
		SEVERAL_AGREEMENTS("severalAgreements"), SAME_FILE("sameFile"), OTHER_FOLDER("otherFolder");

		private final String key;

		Reason(String key) {
			this.key = key;
		}
	}

	private final Reason reason;
	private final List<String> choices;

	NextYearRefused(List<String> choices, Reason reason, Object... arguments) {
		super(TEXTS.get(reason.key, arguments));
		this.reason = reason;
		this.choices = List.copyOf(choices);
	}

	NextYearRefused(Reason reason, Object... arguments) {
		this(List.of(), reason, arguments);
	}

	public Reason reason() {
		return reason;
	}

	/** What the user may choose among, one line each ("Kungälv2020  Medborgarlöfte Kungälv 2020–2021"); may be empty. */
	public List<String> choices() {
		return choices;
	}
}
