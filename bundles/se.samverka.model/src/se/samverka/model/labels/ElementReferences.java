/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.labels;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.NamedElement;
import se.samverka.model.derived.Titles;

/**
 * How a message points at an element: its kind in words and its name ("organ 'Styrgruppen'"), or,
 * for an element without a name, where it is ("mål i åtgärd 'Medling'").
 */
public final class ElementReferences {
	private ElementReferences() {
	}

	public static String of(EObject element) {
		String kind = KindNames.of(element.eClass());
		String name = name(element);
		if (name != null) {
			return kind + " '" + name + "'";
		}
		EObject container = element.eContainer();
		return container == null ? kind : LabelTexts.get("reference.in", kind, of(container));
	}

	private static String name(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null) {
			return named.getName();
		}
		return Titles.of(element);
	}
}
