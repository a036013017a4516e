/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

import se.samverka.model.nls.Texts;

/**
 * {@link Shape#EMPTY}: the parties, the municipality with its districts, and an agreement with no
 * more than its parties, municipality and four years' validity.
 */
final class EmptyTemplate implements AgreementTemplate {
	private static final Texts TEXTS = new Texts(EmptyTemplate.class, "se.samverka.dsl.templates.messages");

	@Override
	public String label() {
		return TEXTS.get("shapeEmpty");
	}

	@Override
	public void write(Draft out) {
		Identifiers ids = out.ids();
		String municipality = out.municipality();
		String policeArea = out.policeArea();
		String police = out.police();
		String council = out.council();
		String agreement = ids.global("Samverkansöverenskommelse", "");
		out.nameAreas();
		String municipalityArea = out.municipalityArea();
		out.comment("Samverkansöverenskommelse mellan " + municipality + " och " + policeArea + ".");
		out.comment("Lägg till organ, samordnare, lägesbild, prioriterade områden, åtgärdsplaner,");
		out.comment("kommunikationsplan och uppföljningsplan; ./samverka validate säger vad som saknas.");
		out.open("organisation " + police + " " + Identifiers.quote(policeArea));
		out.line("typ polis");
		out.close();
		out.open("organisation " + council + " " + Identifiers.quote(municipality));
		out.line("typ kommun");
		out.close();
		out.areas();
		out.open("avtal " + agreement + " "
				+ Identifiers.quote("Samverkansöverenskommelse mellan " + municipality + " och " + policeArea));
		out.line("typ samverkansöverenskommelse");
		out.line("parter " + police + ", " + council);
		out.line("kommun " + municipalityArea);
		out.strategicValidity();
		out.close();
	}
}
