/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.derived;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.Appendix;
import se.samverka.model.Person;
import se.samverka.model.Titled;

/** The readable title of an element, as every face of Samverka shows it: its title, or a person's full name. */
public final class Titles {
	private Titles() {
	}

	/** The title (of a titled element or an appendix), the full name of a person, or null when the element has neither. */
	public static String of(EObject element) {
		if (element instanceof Titled titled && titled.getTitle() != null) {
			return titled.getTitle();
		}
		if (element instanceof Appendix appendix && appendix.getTitle() != null) {
			return appendix.getTitle();
		}
		if (element instanceof Person person && person.getFullName() != null) {
			return person.getFullName();
		}
		return null;
	}
}
