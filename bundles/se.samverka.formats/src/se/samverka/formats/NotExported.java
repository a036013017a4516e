/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.util.List;
import java.util.stream.Collectors;

import se.samverka.model.Agreement;

/**
 * Why a file cannot be exported as asked: it has no agreement, several and none chosen, or not the
 * one named; or the document asked for is not there (no communication plan, no outcomes to follow
 * up, none for the period named).
 */
public final class NotExported extends Exception {
	private static final long serialVersionUID = 1L;

	public enum Reason {
		NO_AGREEMENT, NO_COMMUNICATION_PLAN, SEVERAL_AGREEMENTS, NO_SUCH_AGREEMENT, NO_OUTCOMES, NO_SUCH_PERIOD
	}

	private final Reason reason;
	private final String asked;
	private final transient List<Agreement> agreements;

	public NotExported(Reason reason, String file, String asked, List<Agreement> agreements) {
		this(reason, file, asked, agreements, "");
	}

	/** With the choices there are besides the agreements, such as the periods with outcomes (argument {3}). */
	public NotExported(Reason reason, String file, String asked, List<Agreement> agreements, String choices) {
		super(FormatTexts.get("notExported." + reason.name(), file, asked, list(agreements), choices));
		this.reason = reason;
		this.asked = asked;
		this.agreements = List.copyOf(agreements);
	}

	public Reason reason() {
		return reason;
	}

	/** The name of the agreement asked for, if one was. */
	public String asked() {
		return asked;
	}

	/** The agreements the file holds, to choose from. */
	public List<Agreement> agreements() {
		return agreements;
	}

	/** The agreements as a user picks them: name and title. */
	public static String list(List<Agreement> agreements) {
		return agreements.stream()
				.map(agreement -> agreement.getTitle() == null ? agreement.getName()
						: agreement.getName() + " (\u201d" + agreement.getTitle() + "\u201d)")
				.collect(Collectors.joining(", "));
	}
}
