/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.model;

/** What a line means. The values are the SVG class and the JSON and GraphML kind, so they are kept as they are. */
public final class EdgeKinds {
	public static final String BELONGS_TO = "belongs-to";
	public static final String REPORTS_TO = "reports-to";
	public static final String ASSIGNS = "assigns";
	public static final String MEMBER = "member";
	public static final String LEADS = "leads";
	public static final String CHAIRS = "chairs";
	/** A role appoints a body's chair. */
	public static final String APPOINTS = "appoints";
	public static final String JUSTIFIES = "justifies";
	public static final String ADDRESSED_BY = "addressed-by";
	public static final String AIMS_AT = "aims-at";
	public static final String RESPONSIBLE = "responsible";
	public static final String FOLLOWED_UP_BY = "followed-up-by";
	/** A promise answers a problem or finding. */
	public static final String ANSWERS = "answers";
	/** A promise is carried out by an activity. */
	public static final String CARRIED_OUT_BY = "carried-out-by";
	/** A promise, goal or activity has an outcome. */
	public static final String OUTCOME = "outcome";
	public static final String ADDRESSES = "addresses";
	public static final String REACHES = "reaches";
	public static final String THROUGH = "through";
	public static final String SPEAKS_FOR = "speaks-for";

	private EdgeKinds() {
	}
}
