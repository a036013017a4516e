/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

/**
 * One district of the request as the file names it.
 *
 * @param title the user's text on one line, e.g. "Hallunda-Norsborg"
 * @param stem the characters of the title a name may hold, for names such as {@code OmrådesgruppTumba}
 * @param area the name of the district's area
 */
public record District(String title, String stem, String area) {
}
