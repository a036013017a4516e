/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import se.samverka.model.labels.KindNames;
import se.samverka.model.nls.Texts;

/** An unresolved reference says, in the user's language, what kind of element by which name was not found. */
public class SamverkaLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {
	/** The code of rule S1 (every reference resolves), so a missing reference is reported like other rules. */
	public static final String UNRESOLVED_REFERENCE = se.samverka.validation.RuleCodes.S1;

	private static final Texts TEXTS = new Texts(SamverkaLinkingDiagnosticMessageProvider.class,
			"se.samverka.dsl.linking.messages");

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String message = TEXTS.get("unresolved", KindNames.of(type), context.getLinkText());
		return new DiagnosticMessage(message, Severity.ERROR, UNRESOLVED_REFERENCE);
	}
}
