/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.render;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;

/** The laid-out diagram as JSON: nodes with kind, label, parent, box and findings; edges with route. */
public final class JsonWriter {
	private JsonWriter() {
	}

	public static String write(Diagram diagram) {
		JsonObject json = new JsonObject();
		json.addProperty("title", diagram.title());
		JsonArray nodes = new JsonArray();
		for (DiagramNode node : diagram.nodes()) {
			JsonObject n = new JsonObject();
			n.addProperty("id", node.id());
			n.addProperty("kind", node.kind());
			n.addProperty("label", node.label());
			n.addProperty("parent", node.parent() == diagram.root() ? null : node.parent().id());
			n.addProperty("x", node.x());
			n.addProperty("y", node.y());
			n.addProperty("width", node.width());
			n.addProperty("height", node.height());
			n.addProperty("gap", node.isGap());
			JsonArray details = new JsonArray();
			node.details().forEach(details::add);
			n.add("details", details);
			JsonArray findings = new JsonArray();
			node.findings().forEach(findings::add);
			n.add("findings", findings);
			nodes.add(n);
		}
		json.add("nodes", nodes);
		JsonArray edges = new JsonArray();
		for (DiagramEdge edge : diagram.edges()) {
			JsonObject e = new JsonObject();
			e.addProperty("id", edge.id());
			e.addProperty("kind", edge.kind());
			e.addProperty("label", edge.label());
			e.addProperty("source", edge.source().id());
			e.addProperty("target", edge.target().id());
			JsonArray points = new JsonArray();
			for (double[] point : edge.points()) {
				JsonArray p = new JsonArray();
				p.add(point[0]);
				p.add(point[1]);
				points.add(p);
			}
			e.add("points", points);
			edges.add(e);
		}
		json.add("edges", edges);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json);
	}
}
