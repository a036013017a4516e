package se.samverka.dsl.templates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

import se.samverka.dsl.workspace.ModelFormatter;
import se.samverka.model.nls.Texts;

/**
 * The text of a new {@code .samverkan} file, made from what the "new agreement" wizard asks
 * (an {@link AgreementRequest}), so that the user interface only collects the answers. The text
 * parses, every reference in it resolves, and it is laid out as {@code ./samverka format} lays
 * files out. Texts the user is to replace are Swedish instructions that start with "Beskriv" or
 * "Ange". Where seed 004 gives a usual arrangement (the steering group meets twice a year with a
 * chair rotating yearly, the working group four times a year), it is written as is, the user's to
 * change; what has no sensible default (dates, figures, contact details, funding, signatures) is
 * left out, so that validation lists it (docs/templates.md).
 * <p>
 * Obtain an instance from the language's injector:
 * {@code injector.getInstance(NewAgreement.class).text(request)}.
 */
public class NewAgreement {
	/** The earliest and latest start year the wizard accepts. */
	public static final int FIRST_YEAR = 1990;
	public static final int LAST_YEAR = 2100;

	private static final Texts TEXTS = new Texts(NewAgreement.class, "se.samverka.dsl.templates.messages");

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ModelFormatter formatter;

	@Inject
	private IGrammarAccess grammarAccess;

	/** What keeps the request from making an agreement, in the user's language; empty when nothing does. */
	public List<String> problems(AgreementRequest request) {
		List<String> problems = new ArrayList<>();
		if (request.shape() == null) {
			problems.add(TEXTS.get("noShape"));
		}
		if (Identifiers.line(request.municipality()).isEmpty()) {
			problems.add(TEXTS.get("noMunicipality"));
		}
		if (Identifiers.line(request.policeArea()).isEmpty()) {
			problems.add(TEXTS.get("noPoliceArea"));
		}
		if (request.shape() == Shape.SUB_AGREEMENT && request.districts().isEmpty()) {
			problems.add(TEXTS.get("noDistricts"));
		}
		Set<String> seen = new HashSet<>();
		Set<String> reported = new HashSet<>();
		for (int i = 0; i < request.districts().size(); i++) {
			String district = Identifiers.line(request.districts().get(i));
			if (district.isEmpty()) {
				problems.add(TEXTS.get("blankDistrict", String.valueOf(i + 1)));
				continue;
			}
			String key = district.toLowerCase(Locale.ROOT);
			if (!seen.add(key) && reported.add(key)) {
				problems.add(TEXTS.get("duplicateDistrict", district));
			}
		}
		if (request.startYear() < FIRST_YEAR || request.startYear() > LAST_YEAR) {
			problems.add(TEXTS.get("startYear", String.valueOf(request.startYear()), String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR)));
		}
		return problems;
	}

	/**
	 * The text of the new file.
	 *
	 * @throws InvalidAgreementRequestException when {@link #problems} finds any
	 */
	public String text(AgreementRequest request) {
		return text(request, List.of());
	}

	/**
	 * The text of the new file, whose organisations, people, areas and agreements are named
	 * differently from the given names: those of the other {@code .samverkan} files of the folder
	 * it is to be written to, which are read together with it.
	 *
	 * @throws InvalidAgreementRequestException when {@link #problems} finds any
	 */
	public String text(AgreementRequest request, Collection<String> namesInUse) {
		List<String> problems = problems(request);
		if (!problems.isEmpty()) {
			throw new InvalidAgreementRequestException(problems);
		}
		Identifiers ids = new Identifiers(namesInUse, GrammarUtil.getAllKeywords(grammarAccess.getGrammar()));
		Template template = new Template(request, ids);
		String text = switch (request.shape()) {
		case EMPTY -> template.empty();
		case SUB_AGREEMENT -> template.subAgreement();
		case COMMUNICATION_PLAN -> template.communicationPlan();
		};
		return format(text);
	}

	/** A file name for the new file: the municipality in lower-case ASCII, as examples/ names them. */
	public static String suggestedFileName(AgreementRequest request) {
		String ascii = Normalizer.normalize(Identifiers.line(request.municipality()), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.isEmpty()) {
			slug = "avtal";
		}
		return slug + (request.shape() == Shape.SUB_AGREEMENT ? "-underavtal" : "") + ".samverkan";
	}

	private String format(String text) {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) resourceFactory.createResource(URI.createURI("template:/ny.samverkan"));
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		if (!resource.getErrors().isEmpty()) {
			// a fault of the template, never of the request
			throw new IllegalStateException("the template for a new agreement does not parse: "
					+ resource.getErrors().get(0).getMessage() + " on line " + resource.getErrors().get(0).getLine()
					+ "\n" + text);
		}
		return formatter.format(resource);
	}

	/** The text of one request; each instance names the elements of one file. */
	private static final class Template {
		private final AgreementRequest request;
		private final Identifiers ids;
		private final Lines out = new Lines();

		private final String municipality;
		private final String policeArea;
		private final int year;

		// names every shape has
		private final String police;
		private final String council;
		private String municipalityArea;
		private final List<District> districts = new ArrayList<>();

		Template(AgreementRequest request, Identifiers ids) {
			this.request = request;
			this.ids = ids;
			this.municipality = Identifiers.line(request.municipality());
			this.policeArea = Identifiers.line(request.policeArea());
			this.year = request.startYear();
			this.police = ids.global("Polisen", "");
			this.council = ids.global("Kommunen", "");
		}

		/** Organisations, the municipality with its districts, and an agreement with parties, municipality, validity. */
		String empty() {
			String agreement = ids.global("Samverkansöverenskommelse", "");
			nameAreas();
			out.comment("Samverkansöverenskommelse mellan " + municipality + " och " + policeArea + ".");
			out.comment("Lägg till organ, samordnare, lägesbild, prioriterade områden, åtgärdsplaner,");
			out.comment("kommunikationsplan och uppföljningsplan; ./samverka validate säger vad som saknas.");
			out.open("organisation " + police + " " + Identifiers.quote(policeArea));
			out.line("typ polis");
			out.close();
			out.open("organisation " + council + " " + Identifiers.quote(municipality));
			out.line("typ kommun");
			out.close();
			areas();
			out.open("avtal " + agreement + " " + Identifiers.quote(agreementTitle()));
			out.line("typ samverkansöverenskommelse");
			out.line("parter " + police + ", " + council);
			out.line("kommun " + municipalityArea);
			strategicValidity();
			out.close();
			return out.toString();
		}

		/** Seed 004 in one file: organisations, contacts, areas, the framework agreement and the sub-agreement. */
		String subAgreement() {
			// the template's own names first, so that they stay as written whatever the districts are called
			Roles roles = new Roles(true);
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
			String[] channels = channelNames();
			nameAreas();
			for (District district : districts) {
				district.areaGroup = ids.local("Områdesgrupp", district.stem);
				district.networkGroup = ids.local("Nätverksgrupp", district.stem);
				district.assessment = ids.local("Bedömning", district.stem);
			}

			out.comment("Samverkansavtal – Underavtal mellan " + policeArea + " och " + municipality + ",");
			out.comment("i samma form som Botkyrkas underavtal (examples/botkyrka). Texter som börjar med");
			out.comment("\"Beskriv\" eller \"Ange\" är platshållare: ersätt dem med avtalets egna. Klausuler");
			out.comment("(klausul …) och underskrifter (underskrifter { … }) läggs till när avtalet är klart;");
			out.comment("./samverka validate säger vad som saknas.");
			organisations(roles);
			out.comment("Bilaga 1: Parternas kontaktpersoner (samordnarna). Ange namn, telefon och e-post.");
			out.open("person " + policeContact + " " + Identifiers.quote("Ange namn på polisens samordnare"));
			out.line("funktion " + police + "." + roles.communityPolice);
			out.line("organisation " + police);
			out.close();
			out.open("person " + councilContact + " " + Identifiers.quote("Ange namn på kommunens samordnare"));
			out.line("funktion " + council + "." + roles.safetyCoordinator);
			out.line("organisation " + council);
			out.close();
			areas();

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
			for (District district : districts) {
				out.open("områdesgrupp " + district.areaGroup + " " + Identifiers.quote("Områdesgrupp " + district.title));
				out.line("mandat " + Identifiers.quote("Beskriv områdesgruppens uppdrag i " + district.title + "."));
				out.line("område " + district.area);
				out.line("medlem " + roles.areaDeveloper + " \"Områdesutvecklare på plats i kommundelen\"");
				out.line("medlem representanter för " + council + " \"Representanter från kommunens förvaltningar\"");
				out.line("medlem representanter " + Identifiers.quote("Ange andra verksamheter i kommundelen, till"
						+ " exempel bostadsbolag, skolor, föreningar och polis"));
				out.line("ordförande utses av " + roles.director + " bland \"förvaltningscheferna\"");
				out.open("nätverksgrupp " + district.networkGroup + " "
						+ Identifiers.quote("Nätverksgrupp " + district.title));
				out.line("mandat " + Identifiers.quote("Beskriv vad nätverksgruppen i " + district.title
						+ " arbetar med på uppdrag från områdesgruppen, till exempel trygghetsfrågor och förebyggande"
						+ " arbete kring barn och unga."));
				out.line("område " + district.area);
				out.line("medlem representanter för " + council
						+ " \"Operativa representanter från kommunens förvaltningar\"");
				out.line("medlem representanter " + Identifiers.quote("Ange andra verksamheter i kommundelen, till"
						+ " exempel föreningar och polis"));
				out.line("uppdrag från " + district.areaGroup);
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
			for (District district : districts) {
				out.open("bedömning " + district.assessment + " för " + district.area);
				out.line("bild " + Identifiers.quote("Beskriv läget i " + district.title + ": de vanligaste brotten,"
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
			for (District district : districts) {
				grounds.append(grounds.isEmpty() ? "" : ", ").append(district.assessment);
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
			channels(channels);
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
			return out.toString();
		}

		/** Seed 001's shape: a local cooperation agreement whose content is its communication plan. */
		String communicationPlan() {
			Roles roles = new Roles(false);
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
			String[] channels = channelNames();
			nameAreas();
			out.comment("Kommunikationsplan för lokal samverkansöverenskommelse mellan " + municipality + " och "
					+ policeArea + ",");
			out.comment("i samma form som Järvas (examples/jarva). Texter som börjar med \"Beskriv\" eller \"Ange\"");
			out.comment("är platshållare: ersätt dem med överenskommelsens egna.");
			organisations(roles);
			areas();

			out.open("avtal " + agreement + " " + Identifiers.quote("Lokal samverkansöverenskommelse " + municipality));
			out.line("typ samverkansöverenskommelse");
			out.line("bakgrund " + Identifiers.quote("Beskriv bakgrunden: vilka som har ingått den lokala"
					+ " samverkansöverenskommelsen och vilka som medverkar i arbetet."));
			out.line("parter " + council + ", " + police);
			out.line("kommun " + municipalityArea);
			strategicValidity();
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
			channels(channels);
			out.line("talesperson för " + council + " funktion " + roles.communicator);
			out.line("talesperson för " + police + " funktion " + roles.policeCommunicator);
			out.line("uppdateras 1 gång per år");
			out.close();
			out.close();
			return out.toString();
		}

		/** The two parties with the roles the template's bodies, coordinators and spokespersons name. */
		private void organisations(Roles roles) {
			out.open("organisation " + police + " " + Identifiers.quote(policeArea));
			out.line("typ polis");
			out.line("funktion " + roles.policeChief + " \"Lokalpolisområdeschef\"");
			out.line("funktion " + roles.communityPolice + " \"Kommunpolis\" beskrivning"
					+ " \"Polisens brottsförebyggande samordnare i lokalpolisområdet\"");
			out.line("funktion " + roles.policeCommunicator + " \"Kommunikatör vid lokalpolisområdet\"");
			out.close();
			out.open("organisation " + council + " " + Identifiers.quote(municipality));
			out.line("typ kommun");
			out.line("funktion " + roles.director + " \"Kommundirektör\"");
			out.line("funktion " + roles.securityChief + " \"Säkerhetschef\"");
			out.line("funktion " + roles.safetyCoordinator + " \"Trygghetssamordnare\"");
			if (roles.areaDeveloper != null) {
				out.line("funktion " + roles.areaDeveloper + " \"Områdesutvecklare\"");
			}
			out.line("funktion " + roles.communicator + " \"Kommunikatör\"");
			out.close();
		}

		/** Names the municipality's area ("Botkyrka kommun": Botkyrka) and the districts' areas. */
		private void nameAreas() {
			String withoutSuffix = municipality.replaceFirst("(?iu)\\s+kommun$", "");
			municipalityArea = ids.derive(withoutSuffix, "Kommun");
			for (String text : request.districts()) {
				String title = Identifiers.line(text);
				districts.add(new District(title, Identifiers.stem(title), ids.derive(title, "Område")));
			}
		}

		/** The municipality as an area, its districts inside it. */
		private void areas() {
			out.open("område " + municipalityArea + " " + Identifiers.quote(municipality));
			out.line("typ kommun");
			for (District district : districts) {
				out.open("område " + district.area + " " + Identifiers.quote(district.title));
				out.line("typ kommundel");
				out.close();
			}
			out.close();
		}

		/** A local cooperation agreement's term: about four years from the start year (domain.md). */
		private void strategicValidity() {
			out.open("giltighet");
			out.line("från " + year + "-01-01 till " + (year + 3) + "-12-31");
			out.close();
		}

		private String[] channelNames() {
			return new String[] { ids.local("Webbplatser", ""), ids.local("Intranät", ""),
					ids.local("SocialaMedier", ""), ids.local("Informationsmöten", "") };
		}

		private void channels(String[] names) {
			out.line("kanal " + names[0] + " \"Parternas webbplatser\" typ webbplats");
			out.line("kanal " + names[1] + " \"Parternas intranät\" typ intranät");
			out.line("kanal " + names[2] + " \"Sociala medier\" typ sociala-medier");
			out.line("kanal " + names[3] + " \"Informationsmöten\" typ möten");
		}

		private String agreementTitle() {
			return "Samverkansöverenskommelse mellan " + municipality + " och " + policeArea;
		}

		/** The roles of the parties, named before anything the user typed so that they keep their names. */
		private final class Roles {
			final String policeChief = ids.local("Lokalpolisområdeschef", "");
			final String communityPolice = ids.local("Kommunpolis", "");
			final String policeCommunicator = ids.local("Kommunikationsansvarig", "");
			final String director = ids.local("Kommundirektör", "");
			final String securityChief = ids.local("Säkerhetschef", "");
			final String safetyCoordinator = ids.local("Trygghetssamordnare", "");
			final String areaDeveloper;
			final String communicator = ids.local("Kommunikatör", "");

			Roles(boolean withAreaDeveloper) {
				areaDeveloper = withAreaDeveloper ? ids.local("Områdesutvecklare", "") : null;
			}
		}
	}

	/** One district of the request and the names the template gives it. */
	private static final class District {
		final String title;
		final String stem;
		final String area;
		String areaGroup;
		String networkGroup;
		String assessment;

		District(String title, String stem, String area) {
			this.title = title;
			this.stem = stem;
			this.area = area;
		}
	}

	/** Lines of text, indented by a tab per open block. */
	private static final class Lines {
		private final StringBuilder text = new StringBuilder();
		private int depth;

		void line(String line) {
			text.append("\t".repeat(depth)).append(line).append('\n');
		}

		void open(String head) {
			line(head + " {");
			depth++;
		}

		void close() {
			depth--;
			line("}");
		}

		void blank() {
			text.append('\n');
		}

		void comment(String comment) {
			line("// " + comment);
		}

		@Override
		public String toString() {
			return text.toString();
		}
	}
}
