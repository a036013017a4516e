/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

import java.util.List;

/** A request that no agreement can be made from: each problem is a message in the user's language. */
public class InvalidAgreementRequestException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public InvalidAgreementRequestException(List<String> problems) {
		super(String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
