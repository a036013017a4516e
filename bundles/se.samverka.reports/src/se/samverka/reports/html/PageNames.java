/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.html;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.NamedElement;

/**
 * The site's file name of each page: made from the element's name in plain lower-case ASCII
 * ("Trygghetsvandring i Fittja" → "trygghetsvandring-i-fittja.html"), so it works on every web
 * server and file system and can never leave the site's folder; unique within the site.
 */
final class PageNames {
	private final Map<EObject, String> names = new HashMap<>();
	private final Map<String, EObject> taken = new HashMap<>();

	PageNames() {
		taken.put("index.html", null);
		taken.put("kommunikation.html", null);
		taken.put(PromisePages.PROMISES, null);
		taken.put(PromisePages.FOLLOW_UP, null);
	}

	String of(String prefix, NamedElement element) {
		return names.computeIfAbsent(element, e -> {
			String base = prefix + "-" + slug(element.getName());
			String name = base + ".html";
			for (int i = 2; taken.containsKey(name); i++) {
				name = base + "-" + i + ".html";
			}
			taken.put(name, element);
			return name;
		});
	}

	static String slug(String text) {
		String plain = Normalizer.normalize(String.valueOf(text), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return plain.isEmpty() ? "sida" : plain.substring(0, Math.min(plain.length(), 60));
	}
}
