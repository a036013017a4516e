/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.oef;

import java.util.HashMap;
import java.util.Map;

/**
 * Identifiers for the exchange file: valid xs:ID values made from the model's own names, so the same
 * model always gives the same identifiers and Archi keeps them from one import to the next. Each
 * name is one segment; a character other than an ASCII letter, digit or hyphen becomes
 * {@code _hex_}, so two different names never give the same segment. Segments are joined with one
 * dot and a relationship joins its two ends with two dots, which no segment contains.
 */
final class Identifiers {
	private final Map<Object, String> ids = new HashMap<>();
	private final Map<String, Object> owners = new HashMap<>();

	/** The identifier of an object, made from kind and path the first time it is asked for. */
	String of(Object object, String kind, String... path) {
		String id = ids.get(object);
		if (id != null) {
			return id;
		}
		StringBuilder built = new StringBuilder("id-").append(kind);
		for (String segment : path) {
			built.append('.').append(segment(segment));
		}
		id = built.toString();
		// two objects with one path (the same name in two files): the later one is numbered
		for (int n = 2; owners.containsKey(id); n++) {
			id = built + "." + n;
		}
		ids.put(object, id);
		owners.put(id, object);
		return id;
	}

	static String relationship(String type, String source, String target) {
		return "id-" + type + ".." + source.substring(3) + ".." + target.substring(3);
	}

	static String segment(String name) {
		if (name == null || name.isEmpty()) {
			return "_";
		}
		StringBuilder out = new StringBuilder();
		name.codePoints().forEach(c -> {
			if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
				out.appendCodePoint(c);
			} else {
				out.append('_').append(Integer.toHexString(c)).append('_');
			}
		});
		return out.toString();
	}
}
