/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.AreaAssessment;
import se.samverka.model.Coordinator;
import se.samverka.model.FollowUpEntry;
import se.samverka.model.FollowUpSubject;
import se.samverka.model.NamedElement;
import se.samverka.model.Organisation;
import se.samverka.model.derived.Titles;

/**
 * What every face of Samverka calls an element: its title (a person's full name); lacking one,
 * what the model says it is ("Samordnare, Botkyrka kommun", "Bedömning, Alby", "Uppföljning av
 * åtgärder"); else its name in readable form ("LokalLägesbild" → "Lokal lägesbild"). A reader never
 * sees a name as the model writes it.
 */
public final class ElementLabels {
	private ElementLabels() {
	}

	public static String of(NamedElement element) {
		String title = Titles.of(element);
		if (title != null) {
			return title;
		}
		String described = described(element);
		return described != null ? described : readable(element.getName());
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

	/** An untitled element by what it is, when the model says so; null otherwise. */
	private static String described(NamedElement element) {
		return switch (element) {
		case Coordinator coordinator when coordinator.getParty() != null -> coordinatorOf(coordinator.getParty());
		case AreaAssessment assessment when assessment.getArea() != null ->
			LabelTexts.get("assessment.of", of(assessment.getArea()));
		case FollowUpEntry entry when entry.getSubject() != null && entry.getSubject() != FollowUpSubject.OTHER ->
			LabelTexts.get("followUp.of", ValueNames.of(entry.getSubject()));
		default -> null;
		};
	}

	/**
	 * A name as words: split where a small letter meets a capital, a letter a digit, or at "_";
	 * the words after the first in small letters unless they are abbreviations ("SamordnarePolisen"
	 * → "Samordnare polisen", "Centrum2017" → "Centrum 2017", "LokalaBRÅ" → "Lokala BRÅ").
	 */
	static String readable(String name) {
		if (name == null) {
			return null;
		}
		String spaced = name.replace('_', ' ')
				.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})", " ")
				.replaceAll("\\s+", " ").strip();
		List<String> words = new ArrayList<>();
		for (String word : spaced.split(" ")) {
			boolean capitalised = word.length() > 1 && Character.isUpperCase(word.charAt(0))
					&& word.substring(1).chars().noneMatch(Character::isUpperCase);
			words.add(!words.isEmpty() && capitalised ? word.toLowerCase(Locale.ROOT) : word);
		}
		return String.join(" ", words);
	}
}
