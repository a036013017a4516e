package se.samverka.validation;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.NamedElement;
import se.samverka.model.derived.Titles;
import se.samverka.model.nls.Texts;
import se.samverka.model.nls.TypeNames;

/**
 * How a message names an element: its kind in words and its name ("organ 'Styrgruppen'"), or,
 * for an element without a name, where it is ("mål i åtgärd 'Medling'").
 */
public final class Labels {
	private static final Texts TEXTS = new Texts(Labels.class, "se.samverka.validation.messages");

	private Labels() {
	}

	public static String of(EObject element) {
		String kind = TypeNames.of(element.eClass());
		String name = name(element);
		if (name != null) {
			return kind + " '" + name + "'";
		}
		EObject container = element.eContainer();
		return container == null ? kind : TEXTS.get("label.in", kind, of(container));
	}

	private static String name(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null) {
			return named.getName();
		}
		return Titles.of(element);
	}
}
