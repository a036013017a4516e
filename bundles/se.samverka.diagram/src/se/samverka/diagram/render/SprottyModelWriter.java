/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.render;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramEdge;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.model.Membership;

/**
 * The laid-out diagram as a Sprotty model (SModel JSON) for the workbench's diagram view: boxes
 * nested as in the diagram with positions relative to their parent, as Sprotty expects, and
 * lines on the graph with their routes in absolute coordinates. Colours come from {@link Style},
 * so the view looks like the SVG and PNG exports.
 */
public final class SprottyModelWriter {
	private SprottyModelWriter() {
	}

	public static String write(Diagram diagram) {
		JsonObject graph = new JsonObject();
		graph.addProperty("type", "graph");
		graph.addProperty("id", "graph");
		graph.addProperty("title", diagram.title());
		JsonArray children = new JsonArray();
		for (DiagramNode node : diagram.root().children()) {
			children.add(node(node, 0, 0));
		}
		for (DiagramEdge edge : diagram.edges()) {
			children.add(edge(edge));
		}
		graph.add("children", children);
		return new GsonBuilder().disableHtmlEscaping().create().toJson(graph);
	}

	private static JsonObject node(DiagramNode node, double parentX, double parentY) {
		JsonObject json = new JsonObject();
		json.addProperty("type", "box");
		json.addProperty("id", node.id());
		json.addProperty("kind", node.kind());
		json.addProperty("label", node.label());
		json.addProperty("fill", Style.fill(node));
		json.addProperty("gap", node.isGap());
		if (node.isRow()) {
			// a row of its body's compartment list, drawn as a row; the rows of one holder share a key
			json.addProperty("row", true);
			String holder = holder(node);
			if (holder != null) {
				json.addProperty("holder", holder);
			}
		}
		JsonObject position = new JsonObject();
		position.addProperty("x", node.x() - parentX);
		position.addProperty("y", node.y() - parentY);
		json.add("position", position);
		JsonObject size = new JsonObject();
		size.addProperty("width", node.width());
		size.addProperty("height", node.height());
		json.add("size", size);
		JsonArray details = new JsonArray();
		node.details().forEach(details::add);
		json.add("details", details);
		// the text as the layout wrapped it onto lines, which the box was sized for
		JsonArray titleLines = new JsonArray();
		node.titleLines().forEach(titleLines::add);
		json.add("titleLines", titleLines);
		JsonArray detailLines = new JsonArray();
		node.detailLines().forEach(detailLines::add);
		json.add("detailLines", detailLines);
		JsonArray findings = new JsonArray();
		node.findings().forEach(findings::add);
		json.add("findings", findings);
		JsonArray children = new JsonArray();
		for (DiagramNode child : node.children()) {
			children.add(node(child, node.x(), node.y()));
		}
		json.add("children", children);
		return json;
	}

	/**
	 * Who a row stands for (the role or coordinator that sits in the body), the same for every row
	 * of that holder across the bodies; null for a row of representatives, which names no one.
	 */
	static String holder(DiagramNode row) {
		EObject element = row.element();
		if (element == null || element.eResource() == null || element instanceof Membership) {
			return null;
		}
		return EcoreUtil.getURI(element).toString();
	}

	private static JsonObject edge(DiagramEdge edge) {
		JsonObject json = new JsonObject();
		json.addProperty("type", "line");
		json.addProperty("id", edge.id());
		json.addProperty("kind", edge.kind());
		json.addProperty("label", edge.label());
		json.addProperty("sourceId", edge.source().id());
		json.addProperty("targetId", edge.target().id());
		JsonArray points = new JsonArray();
		for (double[] point : edge.points()) {
			JsonObject p = new JsonObject();
			p.addProperty("x", point[0]);
			p.addProperty("y", point[1]);
			points.add(p);
		}
		json.add("points", points);
		if (edge.labelBox() != null) {
			// the baseline's start, as the SVG export writes it, so the client draws the label where ELK put it
			double[] baseline = SvgWriter.labelPlace(edge);
			JsonObject labelPosition = new JsonObject();
			labelPosition.addProperty("x", baseline[0]);
			labelPosition.addProperty("y", baseline[1]);
			json.add("labelPosition", labelPosition);
		}
		return json;
	}
}
