/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.html;

/** The web site's own words for citizen promises and their follow-up (site.properties Swedish, site_en.properties English). */
final class SiteTexts {
	private static final se.samverka.model.nls.Texts TEXTS = new se.samverka.model.nls.Texts(SiteTexts.class,
			"se.samverka.reports.html.site");

	private SiteTexts() {
	}

	static String get(String key, Object... arguments) {
		return TEXTS.get(key, arguments);
	}
}
