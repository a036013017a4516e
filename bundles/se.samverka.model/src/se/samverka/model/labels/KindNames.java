/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.labels;

import org.eclipse.emf.ecore.EClass;

import se.samverka.model.nls.Texts;

/** The word a user reads for a kind of model element: "funktion" for Role, "organ" for Body. */
public final class KindNames {
	static final String BUNDLE = "se.samverka.model.labels.kinds";
	private static final Texts TEXTS = new Texts(KindNames.class, BUNDLE);

	private KindNames() {
	}

	/** The word for the kind; every class of the metamodel has one in both languages (tested). */
	public static String of(EClass type) {
		return TEXTS.get(type.getName());
	}
}
