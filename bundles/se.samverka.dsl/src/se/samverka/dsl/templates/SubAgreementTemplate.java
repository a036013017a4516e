/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

import java.util.ArrayList;
import java.util.List;

import se.samverka.model.nls.Texts;

/**
 * {@link Shape#SUB_AGREEMENT}: seed 004 (examples/botkyrka) in one file: the parties, contact
 * persons, areas, the framework agreement and the sub-agreement with its five appendices, and
 * per district an area group with one network group.
 */
final class SubAgreementTemplate implements AgreementTemplate {
	private static final Texts TEXTS = new Texts(SubAgreementTemplate.class, "se.samverka.dsl.templates.messages");

	@Override
	public String label() {
		return TEXTS.get("shapeSubAgreement");
	}

	/** Every district gets an area group. */
	@Override
	public boolean needsDistricts() {
		return true;
	}

	@Override
	public String fileNameSuffix() {
		return "-underavtal";
	}

	@Override
	public void write(Draft out) {
		Identifiers ids = out.ids();
		String municipality = out.municipality();
		String policeArea = out.policeArea();
		String police = out.police();
		String council = out.council();
		int year = out.startYear();
		// the template's own names first, so that they stay as written whatever the districts are called
		Roles roles = new Roles(ids, true);
		String policeContact = ids.global("KontaktpersonPolisen", "");
		String councilContact = ids.global("KontaktpersonKommunen", "");
		String framework = ids.global("Avtalet", "");
		String agreement = ids.global("Underavtal", "");
		String steering = ids.local("Styrgruppen", "");
		String working = ids.local("Arbetsgruppen", "");
		String policeCoordinator = ids.local("SamordnarePolisen", "");
		String councilCoordinator = ids.local("SamordnareKommunen", "");
		String picture = ids.local("Lägesbild", "");
		String source = ids.local("Polisstatistik", "");
		String priority = ids.local("PrioriteratOmråde", "");
		String cause = ids.local("Orsak", "");
		String actionPlan = ids.local("Åtgärdsplan", "");
		String measure = ids.local("Åtgärd", "");
		String communicationPlan = ids.local("Kommunikationsplan", "");
		String followUp = ids.local("Uppföljningsplan", "");
		String appendix1 = ids.local("Kontakter", "");
		String appendix2 = ids.local("LokalLägesbild", "");
		String appendix3 = ids.local("Åtgärdsplaner", "");
		String appendix4 = ids.local("Kommunikation", "");
		String appendix5 = ids.local("Uppföljning", "");
		String publicGroup = ids.local("Allmänheten", "");
		String partnerGroup = ids.local("Samarbetspartners", "");
		String policeStaff = ids.local("InterntPolisen", "");
		String councilStaff = ids.local("InterntKommunen", "");
		String media = ids.local("Medier", "");
		String followPicture = ids.local("UppföljningLägesbild", "");
		String followPriorities = ids.local("UppföljningPrioriteringar", "");
		String followMeasures = ids.local("UppföljningÅtgärder", "");
		String followCommunication = ids.local("UppföljningKommunikationsplan", "");
		String[] channels = out.channelNames();
		out.nameAreas();
		String municipalityArea = out.municipalityArea();
		List<DistrictBodies> districts = new ArrayList<>();
		for (District district : out.districts()) {
			districts.add(new DistrictBodies(district.title(), district.area(), ids.local("Områdesgrupp", district.stem()),
					ids.local("Nätverksgrupp", district.stem()), ids.local("Bedömning", district.stem())));
		}

		out.comment("Samverkansavtal – Underavtal mellan " + policeArea + " och " + municipality + ",");
		out.comment("i samma form som Botkyrkas underavtal (examples/botkyrka). Texter som börjar med");
		out.comment("\"Beskriv\" eller \"Ange\" är platshållare: ersätt dem med avtalets egna. Klausuler");
		out.comment("(klausul …) och underskrifter (underskrifter { … }) läggs till när avtalet är klart;");
		out.comment("./samverka validate säger vad som saknas.");
		out.organisations(roles);
		out.comment("Bilaga 1: Parternas kontaktpersoner (samordnarna). Ange namn, telefon och e-post.");
		out.open("person " + policeContact + " " + Identifiers.quote("Ange namn på polisens samordnare"));
		out.line("funktion " + police + "." + roles.communityPolice);
		out.line("organisation " + police);
		out.close();
		out.open("person " + councilContact + " " + Identifiers.quote("Ange namn på kommunens samordnare"));
		out.line("funktion " + council + "." + roles.safetyCoordinator);
		out.line("organisation " + council);
		out.close();
		out.areas();

		out.comment("Det övergripande samverkansavtalet, som Underavtalet följer av.");
		out.open("avtal " + framework + " " + Identifiers.quote("Samverkansavtal (övergripande avtal)"));
		out.line("typ ramavtal");
		out.line("kallat \"Avtalet\"");
		out.line("parter " + police + ", " + council);
		out.line("kommun " + municipalityArea);
		out.close();

		out.open("avtal " + agreement + " " + Identifiers.quote("Samverkansavtal – Underavtal"));
		out.line("typ underavtal");
		out.line("kallat \"Underavtalet\"");
		out.line("under " + framework);
		out.line("bakgrund " + Identifiers.quote("Beskriv bakgrunden: vilket övergripande avtal Parterna har"
				+ " ingått och att de enligt det upprättar detta Underavtal med bilagor om samverkan på lokal nivå."));
		out.line("omfattning " + Identifiers.quote("Beskriv vad Underavtalet omfattar och vilka som är Parternas"
				+ " kontaktpersoner (Samordnarna)."));
		out.line("parter " + police + ", " + council + " kallade \"Parterna\"");
		out.line("kommun " + municipalityArea);
		out.open("giltighet");
		out.line("från " + year + "-01-01 till " + year + "-12-31");
		out.line("förlängning 2 år");
		out.line("samråd 6 månader före slut");
		out.line("villkor \"Avtalet ska vara giltigt under motsvarande tid.\"");
		out.close();
		out.line("bilaga 1 " + appendix1 + " \"Kontaktuppgifter till Parternas kontaktpersoner\" innehåll kontakter");
		out.line("bilaga 2 " + appendix2 + " \"Lokal lägesbild\" innehåll lägesbild");
		out.line("bilaga 3 " + appendix3 + " \"Samverkan/åtgärdsplaner\" innehåll åtgärdsplaner");
		out.line("bilaga 4 " + appendix4 + " \"Kommunikationsplan\" innehåll kommunikationsplan");
		out.line("bilaga 5 " + appendix5 + " \"Uppföljningsplan\" innehåll uppföljningsplan");

		out.blank();
		out.open("styrgrupp " + steering + " \"Styrgrupp\"");
		out.line("mandat " + Identifiers.quote("Beskriv styrgruppens mandat, till exempel: behandlar, beslutar och"
				+ " följer upp strategiska frågor som rör Underavtalet."));
		out.line("medlem " + roles.policeChief);
		out.line("medlem " + roles.director);
		out.line("medlem " + roles.securityChief);
		out.line("medlem samordnare " + policeCoordinator + ", " + councilCoordinator + " föredragande");
		out.line("ordförande roterar mellan " + police + ", " + council + " som " + roles.policeChief + ", "
				+ roles.director + " period 1 år");
		out.line("sammanträder 2 gånger per år");
		out.close();

		out.blank();
		out.open("arbetsgrupp " + working + " \"Arbetsgrupp\"");
		out.line("mandat " + Identifiers.quote("Beskriv arbetsgruppens mandat, till exempel: håller sig uppdaterad"
				+ " om åtgärdsplanerna, uppdaterar den gemensamma lägesbilden och bereder förslag till Styrgruppen."));
		out.line("medlem samordnare " + policeCoordinator + ", " + councilCoordinator + " \"Parternas samordnare\"");
		out.line("medlem " + roles.policeChief);
		out.line("medlem " + roles.securityChief);
		out.line("medlem representanter för " + council + " \"Representanter från kommunens förvaltningar\"");
		out.line("medlem representanter för " + police + " \"Representanter från polisen\" efter behov");
		out.line("sammanträder 4 gånger per år");
		out.line("rapporterar till " + steering);
		out.close();

		out.blank();
		out.comment("Områdesgrupperna: en i varje kommundel, var och en med en nätverksgrupp.");
		out.comment("Ange hur ofta grupperna sammanträder (sammanträder …).");
		for (DistrictBodies district : districts) {
			out.open("områdesgrupp " + district.areaGroup() + " " + Identifiers.quote("Områdesgrupp " + district.title()));
			out.line("mandat " + Identifiers.quote("Beskriv områdesgruppens uppdrag i " + district.title() + "."));
			out.line("område " + district.area());
			out.line("medlem " + roles.areaDeveloper + " \"Områdesutvecklare på plats i kommundelen\"");
			out.line("medlem representanter för " + council + " \"Representanter från kommunens förvaltningar\"");
			out.line("medlem representanter " + Identifiers.quote("Ange andra verksamheter i kommundelen, till"
					+ " exempel bostadsbolag, skolor, föreningar och polis"));
			out.line("ordförande utses av " + roles.director + " bland \"förvaltningscheferna\"");
			out.open("nätverksgrupp " + district.networkGroup() + " "
					+ Identifiers.quote("Nätverksgrupp " + district.title()));
			out.line("mandat " + Identifiers.quote("Beskriv vad nätverksgruppen i " + district.title()
					+ " arbetar med på uppdrag från områdesgruppen, till exempel trygghetsfrågor och förebyggande"
					+ " arbete kring barn och unga."));
			out.line("område " + district.area());
			out.line("medlem representanter för " + council
					+ " \"Operativa representanter från kommunens förvaltningar\"");
			out.line("medlem representanter " + Identifiers.quote("Ange andra verksamheter i kommundelen, till"
					+ " exempel föreningar och polis"));
			out.line("uppdrag från " + district.areaGroup());
			out.close();
			out.close();
		}

		out.blank();
		out.line("varje områdesgrupp har en nätverksgrupp");

		out.blank();
		out.comment("Samordnarna (bilaga 1)");
		out.open("samordning");
		out.line("samordnare " + policeCoordinator + " för " + police + " funktion " + roles.communityPolice
				+ " person " + policeContact);
		out.line("samordnare " + councilCoordinator + " för " + council + " funktion " + roles.safetyCoordinator
				+ " person " + councilContact);
		out.line("uppdrag \"Kartläggning och uppdatering av lokal lägesbild tillsammans med övriga i Arbetsgruppen\"");
		out.line("uppdrag \"Samordning av kontakter mellan de samverkansfora som nämns i Underavtalet\"");
		out.line("uppdrag \"Inhämtning, beredning och sammanställning av information från åtgärdsplanerna"
				+ " tillsammans med övriga i Arbetsgruppen i enlighet med uppföljningsplanen\"");
		out.line("uppdrag \"Föredragande av ärenden vid Styrgruppens sammanträden\"");
		out.line("uppdrag \"Uppföljning i enlighet med uppföljningsplanen\"");
		out.line("åtagande \"Parterna åtar sig att säkerställa att Samordnarna kan avsätta tillräckliga resurser"
				+ " för uppdraget, bland annat i form av tid.\"");
		out.close();

		out.blank();
		out.comment("Bilaga 2: Lokal lägesbild. Ange datum (datum ÅÅÅÅ-MM-DD) när den är kartlagd,");
		out.comment("och lägg till statistik och bedömningar.");
		out.open("lägesbild " + picture);
		out.line("omfattar " + municipalityArea);
		out.line("beskrivning " + Identifiers.quote("Beskriv lägesbilden i korthet: vilka brott och problem som"
				+ " ökar, och var."));
		out.line("metod " + Identifiers.quote("Beskriv hur lägesbilden kartläggs: kvantitativt (statistik) och"
				+ " kvalitativt (bedömningar av personer med god kännedom om förhållandena)."));
		out.line("kvantitativ");
		out.line("kvalitativ");
		out.line("kartläggs av " + working);
		out.line("uppdateras minst 1 gång per år");
		out.line("kartläggning " + Identifiers.quote("Beskriv brottsligheten i " + municipality
				+ ": dess omfattning, karaktär och konsekvenser."));
		out.line("övrig information " + Identifiers.quote("Beskriv övrig information som har betydelse för"
				+ " lägesbilden."));
		out.line("analys " + Identifiers.quote("Beskriv analysen: vilka problem som är viktigast och vad som"
				+ " orsakar dem."));
		out.line("källa " + source + " \"Polisens statistik över anmälda brott\" typ polisstatistik");
		for (DistrictBodies district : districts) {
			out.open("bedömning " + district.assessment() + " för " + district.area());
			out.line("bild " + Identifiers.quote("Beskriv läget i " + district.title() + ": de vanligaste brotten,"
					+ " problemplatser, tecken och förtroendet för polisen."));
			out.close();
		}
		out.close();

		out.blank();
		out.comment("Prioriterade samverkansområden: de ska följa av lägesbilden (grund).");
		out.open("prioriterat område " + priority + " " + Identifiers.quote("Ange det prioriterade samverkansområdet"));
		out.line("beskrivning " + Identifiers.quote("Beskriv varför området prioriteras. Behåll under grund de"
				+ " bedömningar och den statistik ur lägesbilden som motiverar det, och ta bort övriga."));
		StringBuilder grounds = new StringBuilder();
		for (DistrictBodies district : districts) {
			grounds.append(grounds.isEmpty() ? "" : ", ").append(district.assessment());
		}
		out.line("grund " + grounds);
		out.line("orsak " + cause + " " + Identifiers.quote("Beskriv en orsak till problemet, ur orsaksanalysen."));
		out.close();

		out.blank();
		out.comment("Bilaga 3: Åtgärdsplaner. Ange när och av vem planen beslutades (beslutad ÅÅÅÅ-MM-DD av …).");
		out.open("åtgärdsplan " + actionPlan + " \"Samverkan/åtgärdsplaner\"");
		out.open("åtgärd " + measure + " " + Identifiers.quote("Ange åtgärdens namn"));
		out.line("inom " + priority);
		out.line("orsak " + cause);
		out.line("syfte " + Identifiers.quote("Beskriv åtgärdens syfte."));
		out.line("mål " + Identifiers.quote("Ange målet med ett rörelseverb (öka, minska …) och gör det mätbart"
				+ " med indikator, utgångsläge, målvärde, enhet och år."));
		out.line("ansvarig " + police + ", " + council);
		out.line("åtagande " + police + ": " + Identifiers.quote("Beskriv polisens åtagande."));
		out.line("åtagande " + council + ": " + Identifiers.quote("Beskriv kommunens åtagande."));
		out.close();
		out.close();

		out.blank();
		out.comment("Bilaga 4: Kommunikationsplan. Kanalerna är förslag: ta bort dem som inte används.");
		out.open("kommunikationsplan " + communicationPlan + " \"Kommunikationsplan\"");
		out.line("inledning " + Identifiers.quote("Beskriv utgångspunkten: att Parterna utifrån en gemensam"
				+ " lägesbild tydliggör roller, ansvar och åtaganden, och hur planen kompletterar Parternas"
				+ " ordinarie kommunikation."));
		out.line("syfte " + Identifiers.quote("Beskriv syftet med kommunikationen mellan polisen och kommunen"
				+ " och mot målgrupperna."));
		out.line("huvudbudskap " + Identifiers.quote("Ange det budskap som båda Parterna kan kommunicera."));
		out.line("mål " + Identifiers.quote("Ange vad kommunikationen ska uppnå, till exempel skapa förståelse"
				+ " för båda Parternas ansvar."));
		out.line("målgrupp " + publicGroup + " \"Allmänheten\" primär");
		out.line("målgrupp " + partnerGroup + " \"Samarbetspartners\" primär");
		out.line("målgrupp " + policeStaff + " \"Internt inom polisen\" primär");
		out.line("målgrupp " + councilStaff + " \"Internt inom kommunen\" primär");
		out.open("målgrupp " + media + " \"Medier\" sekundär");
		out.line("anmärkning \"för att nå övriga målgrupper\"");
		out.close();
		out.channels(channels);
		out.line("arbetssätt " + Identifiers.quote("Beskriv hur Parterna samordnar kommunikationen, till exempel"
				+ " i samråd och med en röst."));
		out.line("talesperson för " + police + " ämne " + Identifiers.quote("Ange vilka frågor polisens"
				+ " talesperson svarar på") + " funktion " + roles.policeCommunicator);
		out.line("talesperson för " + council + " ämne " + Identifiers.quote("Ange vilka frågor kommunens"
				+ " talesperson svarar på") + " funktion " + roles.communicator);
		out.line("uppdateras vid behov \"Planen ändras vid behov efter beslut av Styrgruppen.\"");
		out.close();

		out.blank();
		out.comment("Bilaga 5: Uppföljningsplan");
		out.open("uppföljningsplan " + followUp);
		out.open("uppföljning " + followPicture + " av lägesbild");
		out.line("metod " + Identifiers.quote("Beskriv hur lägesbilden följs upp och uppdateras."));
		out.line("ansvarig " + working);
		out.line("frekvens 1 gång per år");
		out.close();
		out.open("uppföljning " + followPriorities + " av prioriteringar");
		out.line("metod " + Identifiers.quote("Beskriv hur de prioriterade områdena omprövas utifrån lägesbilden."));
		out.line("ansvarig " + steering);
		out.line("frekvens 1 gång per år");
		out.close();
		out.open("uppföljning " + followMeasures + " av åtgärder");
		out.line("metod " + Identifiers.quote("Beskriv hur åtgärderna följs upp och utvärderas."));
		out.line("ansvarig " + working);
		out.line("frekvens 1 gång per år");
		out.line("rapporterar till " + steering);
		out.close();
		out.open("uppföljning " + followCommunication + " av kommunikationsplan");
		out.line("metod " + Identifiers.quote("Beskriv hur kommunikationsplanen följs upp."));
		out.line("ansvarig " + roles.communicator + ", " + roles.policeCommunicator + ", " + working);
		out.line("frekvens 1 gång per år");
		out.close();
		out.close();
		out.close();
	}

	/** What the sub-agreement names for one district. */
	private record DistrictBodies(String title, String area, String areaGroup, String networkGroup, String assessment) {
	}
}
