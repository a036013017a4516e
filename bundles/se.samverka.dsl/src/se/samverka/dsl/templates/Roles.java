/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

/**
 * The roles of the parties that the templates' bodies, coordinators and spokespersons name,
 * named before anything the user typed so that they keep their names.
 */
public final class Roles {
	public final String policeChief;
	public final String communityPolice;
	public final String policeCommunicator;
	public final String director;
	public final String securityChief;
	public final String safetyCoordinator;
	/** Null when the shape has no area groups. */
	public final String areaDeveloper;
	public final String communicator;

	public Roles(Identifiers ids, boolean withAreaDeveloper) {
		policeChief = ids.local("Lokalpolisområdeschef", "");
		communityPolice = ids.local("Kommunpolis", "");
		policeCommunicator = ids.local("Kommunikationsansvarig", "");
		director = ids.local("Kommundirektör", "");
		securityChief = ids.local("Säkerhetschef", "");
		safetyCoordinator = ids.local("Trygghetssamordnare", "");
		communicator = ids.local("Kommunikatör", "");
		areaDeveloper = withAreaDeveloper ? ids.local("Områdesutvecklare", "") : null;
	}
}
