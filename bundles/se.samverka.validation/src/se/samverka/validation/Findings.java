/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.samverka.model.labels.ElementReferences;
import se.samverka.model.nls.Texts;

/** Collects what the rules find, with each message made from the rule's text in the user's language. */
public final class Findings {
	private static final Texts TEXTS = new Texts(Findings.class, "se.samverka.validation.messages");

	private final List<Finding> found = new ArrayList<>();

	/** Reports a rule broken by an element; the element's label is the message's first argument. */
	public void report(Rule rule, EObject element, EStructuralFeature feature, Object... details) {
		add(rule, rule.code(), element, feature, details);
	}

	/** Like {@link #report}, with the message of one case of a rule (key "G1.missing"). */
	public void reportCase(Rule rule, String variant, EObject element, EStructuralFeature feature, Object... details) {
		add(rule, rule.code() + "." + variant, element, feature, details);
	}

	private void add(Rule rule, String key, EObject element, EStructuralFeature feature, Object... details) {
		Object[] arguments = new Object[details.length + 1];
		arguments[0] = ElementReferences.of(element);
		System.arraycopy(details, 0, arguments, 1, details.length);
		found.add(new Finding(rule, element, feature, TEXTS.get(key, arguments)));
	}

	/** A word a rule puts into its message ("part.goal": "mål"), in the user's language. */
	public static String word(String key) {
		return TEXTS.get(key);
	}

	public List<Finding> all() {
		return found;
	}
}
