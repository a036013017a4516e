/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

import se.samverka.model.nls.Texts;

/**
 * {@link Shape#COMMUNICATION_PLAN}: seed 001's shape (examples/jarva), a local cooperation
 * agreement whose content is its communication plan.
 */
final class CommunicationPlanTemplate implements AgreementTemplate {
	private static final Texts TEXTS = new Texts(CommunicationPlanTemplate.class, "se.samverka.dsl.templates.messages");

	@Override
	public String label() {
		return TEXTS.get("shapeCommunicationPlan");
	}

	@Override
	public void write(Draft out) {
		Identifiers ids = out.ids();
		String municipality = out.municipality();
		String policeArea = out.policeArea();
		String police = out.police();
		String council = out.council();
		Roles roles = new Roles(ids, false);
		String agreement = ids.global("Samverkansöverenskommelse", "");
		String steering = ids.local("Styrgrupp", "");
		String preparatory = ids.local("Beredningsgrupp", "");
		String groups = ids.local("Samverkansgrupper", "");
		String policeCoordinator = ids.local("SamordnarePolisen", "");
		String councilCoordinator = ids.local("SamordnareKommunen", "");
		String plan = ids.local("Kommunikationsplan", "");
		String organisationGroup = ids.local("Samverkansorganisationen", "");
		String staff = ids.local("CheferMedarbetare", "");
		String residents = ids.local("Invånare", "");
		String journalists = ids.local("Journalister", "");
		String partners = ids.local("Samarbetspartners", "");
		String[] levels = { ids.local("InomSamverkansorganisationen", ""), ids.local("Internt", ""),
				ids.local("ExterntInvånare", ""), ids.local("ExterntSamarbetspartners", "") };
		String[] channels = out.channelNames();
		out.nameAreas();
		String municipalityArea = out.municipalityArea();
		out.comment("Kommunikationsplan för lokal samverkansöverenskommelse mellan " + municipality + " och "
				+ policeArea + ",");
		out.comment("i samma form som Järvas (examples/jarva). Texter som börjar med \"Beskriv\" eller \"Ange\"");
		out.comment("är platshållare: ersätt dem med överenskommelsens egna.");
		out.organisations(roles);
		out.areas();

		out.open("avtal " + agreement + " " + Identifiers.quote("Lokal samverkansöverenskommelse " + municipality));
		out.line("typ samverkansöverenskommelse");
		out.line("bakgrund " + Identifiers.quote("Beskriv bakgrunden: vilka som har ingått den lokala"
				+ " samverkansöverenskommelsen och vilka som medverkar i arbetet."));
		out.line("parter " + council + ", " + police);
		out.line("kommun " + municipalityArea);
		out.strategicValidity();
		out.line("övergripande mål " + Identifiers.quote("Ange ett övergripande mål för samverkan, till exempel"
				+ " att tryggheten ökar i " + municipality + "."));
		out.comment("Prioriterade områden (prioriterat område …) läggs till när lägesbilden finns: var och ett");
		out.comment("ska ha sin grund i lägesbilden och minst en åtgärd.");

		out.open("styrgrupp " + steering + " \"Styrgrupp\"");
		out.line("mandat " + Identifiers.quote("Beskriv styrgruppens mandat: vad den beslutar och följer upp."));
		out.line("medlem " + roles.policeChief);
		out.line("medlem " + roles.director);
		out.line("sammanträder 2 gånger per år");
		out.close();
		out.open("beredningsgrupp " + preparatory + " \"Beredningsgrupp\"");
		out.line("mandat " + Identifiers.quote("Beskriv beredningsgruppens mandat: vad den bereder åt styrgruppen."));
		out.line("medlem samordnare " + policeCoordinator + ", " + councilCoordinator);
		out.line("sammanträder 4 gånger per år");
		out.line("rapporterar till " + steering);
		out.close();
		out.comment("Ange hur ofta samverkansgrupperna sammanträder (sammanträder …).");
		out.open("samverkansgrupp " + groups + " \"Samverkansgrupper\"");
		out.line("mandat " + Identifiers.quote("Beskriv samverkansgruppernas uppdrag."));
		out.line("rapporterar till " + preparatory);
		out.close();

		out.comment("Samordnarna. Ange personer med telefon eller e-post (person …).");
		out.open("samordning");
		out.line("samordnare " + policeCoordinator + " för " + police + " funktion " + roles.communityPolice);
		out.line("samordnare " + councilCoordinator + " för " + council + " funktion " + roles.safetyCoordinator);
		out.close();

		out.blank();
		out.comment("Kanalerna är förslag: ta bort dem som inte används.");
		out.open("kommunikationsplan " + plan + " "
				+ Identifiers.quote("Kommunikationsplan för lokal samverkansöverenskommelse " + municipality));
		out.line("inledning " + Identifiers.quote("Beskriv hur kommunikationsplanen bidrar till samordnad och"
				+ " planerad kommunikation, och hur ofta den uppdateras."));
		out.line("syfte " + Identifiers.quote("Beskriv syftet med den gemensamma kommunikationen."));
		out.line("huvudbudskap " + Identifiers.quote("Ange det budskap som alla parter kan kommunicera."));
		out.open("målgrupp " + organisationGroup + " \"Samverkansorganisationen\"");
		out.line("beskrivning \"Styrgrupp, beredningsgrupp och samverkansgrupper.\"");
		out.close();
		out.open("målgrupp " + staff + " \"Chefer och medarbetare i organisationerna\"");
		out.line("beskrivning \"Chefer och medarbetare i organisationerna som ingår i överenskommelsen.\"");
		out.line("ska " + Identifiers.quote("Ange vad chefer och medarbetare ska känna till om samarbetet"));
		out.close();
		out.open("målgrupp " + residents + " " + Identifiers.quote("Invånare i " + municipality));
		out.line("ska " + Identifiers.quote("Ange vad invånarna ska känna till eller få ta del av"));
		out.close();
		out.line("målgrupp " + journalists + " \"Journalister\"");
		out.open("målgrupp " + partners + " \"Övriga samarbetspartners\"");
		out.line("beskrivning \"Till exempel fastighetsägare, civilsamhället och näringslivet.\"");
		out.close();
		out.open("nivå 1 " + levels[0] + " \"Inom samverkansorganisationen\"");
		out.line("organ " + steering + ", " + preparatory + ", " + groups);
		out.line("målgrupper " + organisationGroup);
		out.line("mål " + Identifiers.quote("Beskriv målet för kommunikationen inom samverkansorganisationen,"
				+ " till exempel att rapporteringen mellan grupperna sker systematiskt."));
		out.close();
		out.open("nivå 2 " + levels[1] + " \"Internt till chefer och medarbetare\"");
		out.line("målgrupper " + staff);
		out.line("mål " + Identifiers.quote("Beskriv målet för den interna kommunikationen.") + " för " + staff);
		out.close();
		out.open("nivå 3 " + levels[2] + " "
				+ Identifiers.quote("Externt till invånare i " + municipality));
		out.line("målgrupper " + residents + ", " + journalists);
		out.line("mål " + Identifiers.quote("Beskriv målet för kommunikationen med invånarna.") + " för " + residents);
		out.line("mål " + Identifiers.quote("Beskriv vad journalister ska få underlag för.") + " för " + journalists);
		out.close();
		out.open("nivå 4 " + levels[3] + " \"Externt till övriga samarbetspartners\"");
		out.line("målgrupper " + partners);
		out.line("mål " + Identifiers.quote("Beskriv målet för kommunikationen med övriga samarbetspartners."));
		out.close();
		out.line("princip " + Identifiers.quote("Ange en gemensam princip för kommunikationen, till exempel att"
				+ " parterna enas om gemensamma budskap och samordnar kommunikationen om dem."));
		out.channels(channels);
		out.line("talesperson för " + council + " funktion " + roles.communicator);
		out.line("talesperson för " + police + " funktion " + roles.policeCommunicator);
		out.line("uppdateras 1 gång per år");
		out.close();
		out.close();
	}
}
