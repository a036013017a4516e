/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The text of one new file as a template writes it, line by line and indented by a tab per open
 * block, with what every shape shares: the request's texts made safe, the names of the file
 * ({@link Identifiers}), the parties' names {@code Polisen} and {@code Kommunen}, and the blocks
 * that more than one shape writes (the parties, the areas, the validity, the channels).
 */
public final class Draft {
	private final StringBuilder text = new StringBuilder();
	private int depth;

	private final AgreementRequest request;
	private final Identifiers ids;
	private final String municipality;
	private final String policeArea;
	private final String police;
	private final String council;
	private String municipalityArea;
	private final List<District> districts = new ArrayList<>();

	/** The parties are named first, so that every shape calls them {@code Polisen} and {@code Kommunen}. */
	Draft(AgreementRequest request, Identifiers ids) {
		this.request = request;
		this.ids = ids;
		this.municipality = Identifiers.line(request.municipality());
		this.policeArea = Identifiers.line(request.policeArea());
		this.police = ids.global("Polisen", "");
		this.council = ids.global("Kommunen", "");
	}

	/** The names of the file, for the template's own elements. */
	public Identifiers ids() {
		return ids;
	}

	/** The municipality as the user wrote it, on one line: "Botkyrka kommun". */
	public String municipality() {
		return municipality;
	}

	/** The police area as the user wrote it, on one line. */
	public String policeArea() {
		return policeArea;
	}

	public int startYear() {
		return request.startYear();
	}

	/** The name of the police area's organisation. */
	public String police() {
		return police;
	}

	/** The name of the municipality's organisation. */
	public String council() {
		return council;
	}

	/**
	 * Names the municipality's area ("Botkyrka kommun": {@code Botkyrka}) and the districts'
	 * areas; a template calls it after naming its own elements.
	 */
	public void nameAreas() {
		String withoutSuffix = municipality.replaceFirst("(?iu)\\s+kommun$", "");
		municipalityArea = ids.derive(withoutSuffix, "Kommun");
		for (String typed : request.districts()) {
			String title = Identifiers.line(typed);
			districts.add(new District(title, Identifiers.stem(title), ids.derive(title, "Område")));
		}
	}

	/** The name of the municipality's area, once {@link #nameAreas()} has given it. */
	public String municipalityArea() {
		return municipalityArea;
	}

	/** The districts, once {@link #nameAreas()} has named them. */
	public List<District> districts() {
		return Collections.unmodifiableList(districts);
	}

	// the text

	public void line(String line) {
		text.append("\t".repeat(depth)).append(line).append('\n');
	}

	/** A line that opens a block: {@code head {}. */
	public void open(String head) {
		line(head + " {");
		depth++;
	}

	public void close() {
		depth--;
		line("}");
	}

	public void blank() {
		text.append('\n');
	}

	public void comment(String comment) {
		line("// " + comment);
	}

	// blocks more than one shape writes

	/** The two parties with the roles the template's bodies, coordinators and spokespersons name. */
	public void organisations(Roles roles) {
		open("organisation " + police + " " + Identifiers.quote(policeArea));
		line("typ polis");
		line("funktion " + roles.policeChief + " \"Lokalpolisområdeschef\"");
		line("funktion " + roles.communityPolice + " \"Kommunpolis\" beskrivning"
				+ " \"Polisens brottsförebyggande samordnare i lokalpolisområdet\"");
		line("funktion " + roles.policeCommunicator + " \"Kommunikatör vid lokalpolisområdet\"");
		close();
		open("organisation " + council + " " + Identifiers.quote(municipality));
		line("typ kommun");
		line("funktion " + roles.director + " \"Kommundirektör\"");
		line("funktion " + roles.securityChief + " \"Säkerhetschef\"");
		line("funktion " + roles.safetyCoordinator + " \"Trygghetssamordnare\"");
		if (roles.areaDeveloper != null) {
			line("funktion " + roles.areaDeveloper + " \"Områdesutvecklare\"");
		}
		line("funktion " + roles.communicator + " \"Kommunikatör\"");
		close();
	}

	/** The municipality as an area, its districts inside it. */
	public void areas() {
		open("område " + municipalityArea + " " + Identifiers.quote(municipality));
		line("typ kommun");
		for (District district : districts) {
			open("område " + district.area() + " " + Identifiers.quote(district.title()));
			line("typ kommundel");
			close();
		}
		close();
	}

	/** A local cooperation agreement's term: about four years from the start year (domain.md). */
	public void strategicValidity() {
		open("giltighet");
		line("från " + startYear() + "-01-01 till " + (startYear() + 3) + "-12-31");
		close();
	}

	/** Names for the four usual channels of a communication plan, in the order {@link #channels} writes them. */
	public String[] channelNames() {
		return new String[] { ids.local("Webbplatser", ""), ids.local("Intranät", ""),
				ids.local("SocialaMedier", ""), ids.local("Informationsmöten", "") };
	}

	/** The four usual channels: web sites, intranets, social media and meetings. */
	public void channels(String[] names) {
		line("kanal " + names[0] + " \"Parternas webbplatser\" typ webbplats");
		line("kanal " + names[1] + " \"Parternas intranät\" typ intranät");
		line("kanal " + names[2] + " \"Sociala medier\" typ sociala-medier");
		line("kanal " + names[3] + " \"Informationsmöten\" typ möten");
	}

	/** The text so far, not yet laid out. */
	@Override
	public String toString() {
		return text.toString();
	}
}
