/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.render;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;

/**
 * The laid-out diagram as JSON: nodes with kind, label (and its lines as wrapped), parent, box,
 * height of the title area, traffic light, findings, and in an organisation chart its level, whether
 * it is a row of its parent's list and its party's colour; edges with route and the label's box.
 */
public final class JsonWriter {
	private JsonWriter() {
	}

	/** A rectangle {x, y, width, height} as an object, or null. */
	private static JsonObject box(double[] box) {
		if (box == null) {
			return null;
		}
		JsonObject json = new JsonObject();
		json.addProperty("x", box[0]);
		json.addProperty("y", box[1]);
		json.addProperty("width", box[2]);
		json.addProperty("height", box[3]);
		return json;
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
			n.addProperty("trafficLight", node.trafficLight());
			// a row of its parent's list (a member of a body, an entry of the legend), the chart level, the party's colour
			n.addProperty("row", node.isRow());
			n.addProperty("level", node.level());
			n.addProperty("colour", node.colour());
			JsonArray lines = new JsonArray();
			node.titleLines().forEach(lines::add);
			n.add("titleLines", lines);
			JsonArray detailLines = new JsonArray();
			node.detailLines().forEach(detailLines::add);
			n.add("detailLines", detailLines);
			n.addProperty("titleHeight", ElkLayoutEngine.titleHeight(node));
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
			e.add("labelBox", box(edge.labelBox()));
			edges.add(e);
		}
		json.add("edges", edges);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json);
	}
}
