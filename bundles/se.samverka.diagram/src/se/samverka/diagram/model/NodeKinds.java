/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.model;

import java.util.Locale;

import se.samverka.model.BodyKind;

/**
 * What a box is. The values are the SVG class, the JSON and GraphML kind and the Sprotty client's
 * {@code data-kind}, so they are kept as they are.
 */
public final class NodeKinds {
	public static final String PARTY = "party";
	/** An organisation that takes part without being a party. */
	public static final String ORGANISATION = "organisation";
	public static final String ROLE = "role";
	/** A member of a body: a row of the body's compartment list (role or representatives, person, party colour). */
	public static final String MEMBER = "member";
	/** The legend of an organisation chart: the parties' colours and the coordinators. */
	public static final String LEGEND = "legend";
	public static final String COORDINATOR = "coordinator";
	public static final String STEERING_GROUP = "steering-group";
	public static final String WORKING_GROUP = "working-group";
	public static final String PREPARATORY_GROUP = "preparatory-group";
	public static final String CRIME_PREVENTION_COUNCIL = "crime-prevention-council";
	public static final String COOPERATION_GROUP = "cooperation-group";
	public static final String AREA_GROUP = "area-group";
	public static final String NETWORK_GROUP = "network-group";
	public static final String OTHER_BODY = "other";
	public static final String FINDING = "finding";
	public static final String PRIORITY_AREA = "priority-area";
	public static final String MEASURE = "measure";
	public static final String GOAL = "goal";
	public static final String FOLLOW_UP = "follow-up";
	/** A local problem of a promise document's situation picture. */
	public static final String PROBLEM = "problem";
	/** A citizen promise (medborgarlöfte). */
	public static final String PROMISE = "promise";
	/** The outcome of a promise, goal or activity for one period, coloured by its traffic light. */
	public static final String OUTCOME = "outcome";
	public static final String TARGET_GROUP = "target-group";
	public static final String LEVEL = "level";
	public static final String CHANNEL = "channel";
	public static final String ACTIVITY = "activity";
	public static final String SPOKESPERSON = "spokesperson";

	private NodeKinds() {
	}

	/** The kind of a body's box: its kind in the model, in lower case with hyphens ("steering-group"). */
	public static String of(BodyKind kind) {
		return kind.getLiteral().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
