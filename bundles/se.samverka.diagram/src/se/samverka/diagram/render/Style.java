/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.render;

import java.util.Map;

import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.model.NodeKinds;

/** The colours of the boxes, shared by every renderer and export so all look alike. */
public final class Style {
	public static final String FONT = "DejaVu Sans, Arial, sans-serif";
	public static final String LINE = "#5b6470";
	public static final String GAP = "#c0392b";
	public static final String FINDING = "#d35400";

	private static final Map<String, String> FILLS = Map.ofEntries(Map.entry(NodeKinds.PARTY, "#dbe8f7"),
			Map.entry(NodeKinds.ORGANISATION, "#eef1f4"), Map.entry(NodeKinds.ROLE, "#f7f3e3"), Map.entry(NodeKinds.COORDINATOR, "#e4f2e4"),
			Map.entry(NodeKinds.STEERING_GROUP, "#fde7d9"), Map.entry(NodeKinds.WORKING_GROUP, "#fdf0d9"),
			Map.entry(NodeKinds.PREPARATORY_GROUP, "#fdf0d9"), Map.entry(NodeKinds.CRIME_PREVENTION_COUNCIL, "#f1e4f7"),
			Map.entry(NodeKinds.COOPERATION_GROUP, "#e6eefa"), Map.entry(NodeKinds.AREA_GROUP, "#eaf6f0"),
			Map.entry(NodeKinds.NETWORK_GROUP, "#d9f0e3"), Map.entry(NodeKinds.OTHER_BODY, "#f4f4f4"), Map.entry(NodeKinds.FINDING, "#fff4d6"),
			Map.entry(NodeKinds.PRIORITY_AREA, "#fde2e2"), Map.entry(NodeKinds.MEASURE, "#e2ecfd"), Map.entry(NodeKinds.GOAL, "#e8f7e8"),
			Map.entry(NodeKinds.FOLLOW_UP, "#f0e8fa"), Map.entry(NodeKinds.TARGET_GROUP, "#e2f3f7"), Map.entry(NodeKinds.LEVEL, "#f7efe2"),
			Map.entry(NodeKinds.CHANNEL, "#eef1f4"), Map.entry(NodeKinds.ACTIVITY, "#e2ecfd"), Map.entry(NodeKinds.SPOKESPERSON, "#f7f3e3"),
			Map.entry(NodeKinds.PROBLEM, "#fde2e2"), Map.entry(NodeKinds.PROMISE, "#d9f2ef"), Map.entry(NodeKinds.OUTCOME, "#eeeeee"),
			Map.entry(NodeKinds.LEGEND, "#ffffff"), Map.entry(NodeKinds.MEMBER, "#f4f4f4"));

	/** The fill of a follow-up's box by its traffic light, pale enough for black text. */
	private static final Map<String, String> TRAFFIC_LIGHTS = Map.of("green", "#bfe6bf", "yellow", "#fbe8a6", "red",
			"#f5c0ba");

	private Style() {
	}

	/** A box's fill: its traffic light's colour if it has one, else its party's, else its kind's. */
	public static String fill(DiagramNode node) {
		String light = node.trafficLight() == null ? null : TRAFFIC_LIGHTS.get(node.trafficLight());
		if (light != null) {
			return light;
		}
		return node.colour() != null ? node.colour() : fill(node.kind());
	}

	public static String fill(String kind) {
		return FILLS.getOrDefault(kind, "#f4f4f4");
	}
}
