/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.render.JsonWriter;

/** A laid-out diagram as {@code samverka diagram --format json} writes it, read back the way a user's script would. */
final class LaidOutJson {
	private final JsonObject json;

	LaidOutJson(Diagram diagram) {
		json = JsonParser.parseString(JsonWriter.write(diagram)).getAsJsonObject();
	}

	List<JsonObject> nodes() {
		return objects("nodes");
	}

	List<JsonObject> edges() {
		return objects("edges");
	}

	List<JsonObject> nodes(String kind) {
		return nodes().stream().filter(n -> n.get("kind").getAsString().equals(kind)).toList();
	}

	JsonObject node(String id) {
		return nodes().stream().filter(n -> n.get("id").getAsString().equals(id)).findFirst().orElseThrow();
	}

	Optional<JsonObject> labelled(String kind, String label) {
		return nodes(kind).stream().filter(n -> n.get("label").getAsString().equals(label)).findFirst();
	}

	/** The lines that start at the box. */
	List<JsonObject> from(JsonObject node) {
		return edges().stream().filter(e -> e.get("source").getAsString().equals(id(node))).toList();
	}

	/** The boxes the lines from the box lead to. */
	List<JsonObject> next(JsonObject node) {
		return from(node).stream().map(e -> node(e.get("target").getAsString())).toList();
	}

	boolean isGroup(JsonObject node) {
		return nodes().stream().anyMatch(n -> !n.get("parent").isJsonNull() && n.get("parent").getAsString().equals(id(node)));
	}

	static String id(JsonObject node) {
		return node.get("id").getAsString();
	}

	static String label(JsonObject node) {
		return node.get("label").getAsString();
	}

	static double centreX(JsonObject node) {
		return node.get("x").getAsDouble() + node.get("width").getAsDouble() / 2;
	}

	static double centreY(JsonObject node) {
		return node.get("y").getAsDouble() + node.get("height").getAsDouble() / 2;
	}

	static List<String> strings(JsonObject object, String field) {
		List<String> strings = new ArrayList<>();
		object.getAsJsonArray(field).forEach(element -> strings.add(element.getAsString()));
		return strings;
	}

	private List<JsonObject> objects(String field) {
		List<JsonObject> objects = new ArrayList<>();
		for (JsonElement element : json.getAsJsonArray(field)) {
			objects.add(element.getAsJsonObject());
		}
		return objects;
	}
}
