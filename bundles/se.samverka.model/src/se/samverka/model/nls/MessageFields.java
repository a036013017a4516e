/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.nls;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Fills a typed messages class (one {@code public static String} field per key, as the workbench's
 * {@code Messages} classes have) from the same properties files, by the same {@link Texts} and in
 * the same {@link Language} as every other text of Samverka. The values are patterns: {0} is filled
 * where they are used.
 */
public final class MessageFields {
	private MessageFields() {
	}

	/** Sets each public static String field of {@code messages} to its key's text; a missing key leaves the key. */
	public static void load(Class<?> messages, String baseName) {
		Texts texts = new Texts(messages, baseName);
		for (Field field : messages.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (field.getType() == String.class && Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers)
					&& !Modifier.isFinal(modifiers)) {
				try {
					field.set(null, texts.get(field.getName()));
				} catch (IllegalAccessException impossible) {
					throw new IllegalStateException(field.toString(), impossible);
				}
			}
		}
	}
}
