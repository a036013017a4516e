/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.validation;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

import se.samverka.validation.Rule;

/**
 * Every rule of the catalogue as an Xtext configurable issue code: its code ("P4") with the
 * catalogue's severity as the default. {@link RuleSeverities} supplies the user's choices.
 */
public class RuleIssueCodes extends ConfigurableIssueCodesProvider {

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		for (Rule rule : Rule.values()) {
			acceptor.accept(create(rule.code(), rule.severity().keyword()));
		}
	}
}
