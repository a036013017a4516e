package se.samverka.diagram.render;

import java.util.Map;

/** The colours of the boxes, shared by every renderer and export so all look alike. */
public final class Style {
	public static final String FONT = "DejaVu Sans, Arial, sans-serif";
	public static final String LINE = "#5b6470";
	public static final String GAP = "#c0392b";
	public static final String FINDING = "#d35400";

	private static final Map<String, String> FILLS = Map.ofEntries(Map.entry("party", "#dbe8f7"),
			Map.entry("organisation", "#eef1f4"), Map.entry("role", "#f7f3e3"), Map.entry("coordinator", "#e4f2e4"),
			Map.entry("steering-group", "#fde7d9"), Map.entry("working-group", "#fdf0d9"),
			Map.entry("preparatory-group", "#fdf0d9"), Map.entry("crime-prevention-council", "#f1e4f7"),
			Map.entry("cooperation-group", "#e6eefa"), Map.entry("area-group", "#eaf6f0"),
			Map.entry("network-group", "#d9f0e3"), Map.entry("other", "#f4f4f4"), Map.entry("finding", "#fff4d6"),
			Map.entry("priority-area", "#fde2e2"), Map.entry("measure", "#e2ecfd"), Map.entry("goal", "#e8f7e8"),
			Map.entry("follow-up", "#f0e8fa"), Map.entry("target-group", "#e2f3f7"), Map.entry("level", "#f7efe2"),
			Map.entry("channel", "#eef1f4"), Map.entry("activity", "#e2ecfd"), Map.entry("spokesperson", "#f7f3e3"));

	private Style() {
	}

	public static String fill(String kind) {
		return FILLS.getOrDefault(kind, "#f4f4f4");
	}
}
