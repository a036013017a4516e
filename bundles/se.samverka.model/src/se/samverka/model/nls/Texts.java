/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.nls;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads user-facing texts from a bundle's {@code messages.properties} (Swedish) and
 * {@code messages_en.properties} (English) in the language of {@link Language}.
 */
public final class Texts {
	private final String baseName;
	private final ClassLoader loader;

	public Texts(Class<?> owner, String baseName) {
		this.baseName = baseName;
		this.loader = owner.getClassLoader();
	}

	public String get(String key, Object... arguments) {
		Locale locale = Language.current();
		String pattern;
		try {
			// Swedish lives in the base file, so never fall back to the JVM's default locale
			pattern = ResourceBundle.getBundle(baseName, locale, loader,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
					.getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}
}
