/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.labels;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.NamedElement;
import se.samverka.model.Organisation;
import se.samverka.model.derived.Titles;

/** What every face of Samverka calls an element: its title (a person's full name), else its name. */
public final class ElementLabels {
	private ElementLabels() {
	}

	public static String of(NamedElement element) {
		String title = Titles.of(element);
		return title != null ? title : element.getName();
	}

	/** Like {@link #of(NamedElement)}, for an element that may have no name; null when it has neither. */
	public static String of(EObject element) {
		if (element instanceof NamedElement named) {
			return of(named);
		}
		return Titles.of(element);
	}

	/** A coordinator without a name of its own: "Samordnare, Polisen". */
	public static String coordinatorOf(Organisation party) {
		return LabelTexts.get("coordinator.of", of(party));
	}
}
