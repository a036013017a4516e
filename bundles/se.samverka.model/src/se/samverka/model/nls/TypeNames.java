package se.samverka.model.nls;

import org.eclipse.emf.ecore.EClass;

/** The word a user reads for a kind of model element: "funktion" for Role, "organ" for Body. */
public final class TypeNames {
	private static final Texts TEXTS = new Texts(TypeNames.class, "se.samverka.model.nls.types");

	private TypeNames() {
	}

	public static String of(EClass type) {
		String text = TEXTS.get(type.getName());
		return text.equals(type.getName()) ? type.getName() : text;
	}
}
