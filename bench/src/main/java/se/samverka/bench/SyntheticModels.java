/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes N municipalities, each a full agreement in the shape of Botkyrka's, as .samverkan files
 * of one folder: parties with roles, 5–10 districts each with an area group and its network
 * group, a situation picture of 10 years × 20 crime categories × districts, 4 priority areas,
 * 10–30 measures with goals, communication and follow-up plans. The same seed gives the same files.
 */
public final class SyntheticModels {
	private static final String[] CATEGORIES = { "Bostadsinbrott", "Källarinbrott", "Bilbrott", "Skadegörelse",
			"Utomhusmisshandel", "Narkotikabrott", "Fickstöld", "Rån", "Cykelstöld", "Klotter", "Bedrägeri",
			"Olaga hot", "Ofredande", "Butiksstöld", "Brand i bil", "Vapenbrott", "Trafikbrott", "Hot mot tjänsteman",
			"Våld i nära relation", "Egenmäktigt förfarande" };
	private static final String[] PRIORITIES = { "Unga i riskzon", "Brottsutsatta", "Trygga platser",
			"Våld i nära relation" };

	private SyntheticModels() {
	}

	/** The files written, one per municipality. */
	public static List<Path> write(Path folder, int municipalities, long seed) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (int i = 1; i <= municipalities; i++) {
			Path file = folder.resolve(String.format("kommun-%03d.samverkan", i));
			Files.writeString(file, municipality(i, new Random(seed * 1_000 + i)), StandardCharsets.UTF_8);
			files.add(file);
		}
		return files;
	}

	static String municipality(int number, Random random) {
		String k = "K" + number;
		int districts = 5 + random.nextInt(6);
		int measures = 10 + random.nextInt(21);
		StringBuilder t = new StringBuilder();
		t.append("organisation Polis").append(k).append(" \"Lokalpolisområde ").append(number).append("\" {\n")
				.append("\ttyp polis\n\torgnr \"202100-0076\"\n")
				.append("\tfunktion Chef \"Lokalpolisområdeschef\"\n\tfunktion Kommunpolis \"Kommunpolis\"\n}\n\n");
		t.append("organisation Kommun").append(k).append(" \"Kommun ").append(number).append("\" {\n")
				.append("\ttyp kommun\n\torgnr \"212000-2882\"\n")
				.append("\tfunktion Direktör \"Kommundirektör\"\n\tfunktion Samordnare \"Trygghetssamordnare\"\n")
				.append("\tfunktion Utvecklare \"Områdesutvecklare\"\n}\n\n");
		t.append("person Samordnare").append(k).append(" \"Sam Ordnare ").append(number).append("\" {\n")
				.append("\tfunktion Kommun").append(k).append(".Samordnare\n\ttelefon \"08-530 611 66\"\n}\n\n");
		t.append("område Område").append(k).append(" \"Kommun ").append(number).append("\" {\n\ttyp kommun\n");
		for (int d = 1; d <= districts; d++) {
			t.append("\tområde D").append(d).append(k).append(" \"Kommundel ").append(d).append("\" {\n\t\ttyp kommundel\n\t}\n");
		}
		t.append("}\n\n");
		t.append("avtal Avtal").append(k).append(" \"Samverkansöverenskommelse ").append(number).append("\" {\n")
				.append("\ttyp samverkansöverenskommelse\n\tparter Polis").append(k).append(", Kommun").append(k)
				.append("\n\tkommun Område").append(k).append("\n\tgiltighet {\n\t\tfrån 2024-01-01 till 2027-12-31\n\t}\n");
		t.append("\tstyrgrupp Styrgruppen {\n\t\tmandat \"Beslutar.\"\n\t\tmedlem Chef\n\t\tmedlem Direktör\n")
				.append("\t\tordförande roterar mellan Polis").append(k).append(", Kommun").append(k)
				.append(" som Chef, Direktör period 1 år\n\t\tsammanträder 2 gånger per år\n\t}\n");
		t.append("\tarbetsgrupp Arbetsgruppen {\n\t\tmandat \"Bereder.\"\n\t\tmedlem Samordnare\n\t\tmedlem Kommunpolis\n")
				.append("\t\tsammanträder 4 gånger per år\n\t\trapporterar till Styrgruppen\n\t}\n");
		for (int d = 1; d <= districts; d++) {
			t.append("\tområdesgrupp OG").append(d).append(" {\n\t\tmandat \"Samordnar kommundelen.\"\n\t\tområde D")
					.append(d).append(k).append("\n\t\tmedlem Utvecklare\n\t\tsammanträder 6 gånger per år\n")
					.append("\t\tnätverksgrupp NG").append(d).append(" {\n\t\t\tmandat \"Arbetar på uppdrag.\"\n")
					.append("\t\t\tsammanträder 10 gånger per år\n\t\t\tuppdrag från OG").append(d).append("\n\t\t}\n\t}\n");
		}
		t.append("\tvarje områdesgrupp har en nätverksgrupp\n");
		t.append("\tsamordning {\n\t\tsamordnare SP för Polis").append(k).append(" funktion Kommunpolis\n")
				.append("\t\tsamordnare SK för Kommun").append(k).append(" funktion Samordnare person Samordnare")
				.append(k).append("\n\t}\n");
		t.append("\tlägesbild Lägesbild {\n\t\tdatum 2023-11-01\n\t\tomfattar Område").append(k)
				.append("\n\t\tkartläggning \"Anmälda brott.\"\n\t\tövrig information \"Trygghetsmätning.\"\n")
				.append("\t\tanalys \"Analys.\"\n\t\tkälla Polisstatistik \"Polisens statistik\" typ polisstatistik\n");
		for (int d = 1; d <= districts; d++) {
			for (int c = 0; c < CATEGORIES.length; c++) {
				t.append("\t\tstatistik S").append(d).append('_').append(c).append(": D").append(d).append(k)
						.append(" \"").append(CATEGORIES[c]).append("\" ");
				int value = 20 + random.nextInt(100);
				for (int year = 2014; year <= 2023; year++) {
					t.append(year).append(": ").append(value).append(year < 2023 ? ", " : " ");
					value = Math.max(0, value + random.nextInt(21) - 10);
				}
				t.append("källa Polisstatistik\n");
			}
		}
		t.append("\t}\n");
		for (int p = 0; p < PRIORITIES.length; p++) {
			t.append("\tprioriterat område P").append(p).append(" \"").append(PRIORITIES[p]).append("\" {\n\t\tgrund S1_")
					.append(p).append("\n\t\torsak O").append(p).append(" \"Orsak ").append(p).append("\"\n\t}\n");
		}
		t.append("\tåtgärdsplan Plan {\n\t\tbeslutad 2024-01-15 av Styrgruppen\n");
		for (int m = 0; m < measures; m++) {
			int p = m % PRIORITIES.length;
			int baseline = 10 + random.nextInt(90);
			t.append("\t\tåtgärd A").append(m).append(" \"Åtgärd ").append(m).append("\" {\n\t\t\tinom P").append(p)
					.append("\n\t\t\torsak O").append(p).append("\n\t\t\tsyfte \"Minska brottsligheten.\"\n")
					.append("\t\t\tmål M").append(m).append(" \"Minska antalet anmälningar\" {\n\t\t\t\teffektmål\n")
					.append("\t\t\t\tindikator \"Anmälningar\"\n\t\t\t\tutgångsläge ").append(baseline)
					.append(" år 2023\n\t\t\t\tmålvärde ").append(baseline / 2).append(" år 2026\n")
					.append("\t\t\t\tenhet \"anmälningar\"\n\t\t\t}\n\t\t\tansvarig Polis").append(k).append(", Kommun")
					.append(k).append("\n\t\t\tnär \"2024\"\n\t\t\tordinarie\n\t\t\tfinansiering budget \"Inom budget\"\n\t\t}\n");
		}
		t.append("\t}\n");
		t.append("\tkommunikationsplan Kommunikation {\n\t\tsyfte \"Berätta.\"\n\t\tmål \"Öka kännedomen\"\n")
				.append("\t\tmålgrupp Invånare \"Invånare\" primär\n\t\tkanal Webb \"Webbplats\" typ webbplats\n")
				.append("\t\ttalesperson för Polis").append(k).append(" funktion Chef\n\t\ttalesperson för Kommun")
				.append(k).append(" funktion Direktör\n\t\tuppdateras 1 gång per år\n\t}\n");
		t.append("\tuppföljningsplan Uppföljning {\n");
		String[][] entries = { { "UL", "lägesbild" }, { "UP", "prioriteringar" }, { "UÅ", "åtgärder" },
				{ "UK", "kommunikationsplan" } };
		for (String[] entry : entries) {
			t.append("\t\tuppföljning ").append(entry[0]).append(" av ").append(entry[1])
					.append(" {\n\t\t\tmetod \"Metod.\"\n\t\t\tansvarig Arbetsgruppen\n\t\t\tfrekvens 1 gång per år\n\t\t}\n");
		}
		t.append("\t}\n\tunderskrifter {\n\t\tunderskrift för Polis").append(k).append(" \"Chef\", \"chef\"\n")
				.append("\t\tunderskrift för Kommun").append(k).append(" \"Ordförande\", \"ordförande\"\n\t}\n}\n");
		promises(t, k, districts, random);
		return t.toString();
	}

	private static final String[] SEASONS = { "våren", "sommaren", "hösten", "vintern" };
	private static final String[] COMPARISONS = { "minst", "högst", "exakt", "öka", "minska" };
	private static final String[] PROGRESS = { "genomfört", "delvis-genomfört", "pågår", "ej-påbörjat", "ej-genomfört" };

	/** A yearly citizen promise under the agreement: partial dates, goals, activities and outcomes. */
	static void promises(StringBuilder t, String k, int districts, Random random) {
		int year = 2024 + random.nextInt(3);
		t.append("\navtal Löfte").append(k).append(" \"Medborgarlöfte ").append(year).append("\" {\n")
				.append("\ttyp medborgarlöften\n\tunder Avtal").append(k).append("\n\tparter Polis").append(k)
				.append(", Kommun").append(k).append("\n\tkommun Område").append(k).append("\n\tlokalpolisområde Polis")
				.append(k).append("\n\tstatus undertecknad\n\tperiod \"").append(year).append("\" till \"").append(year + 1)
				.append("\" årlig revision\n\tbeslutad \"").append(SEASONS[random.nextInt(4)]).append(' ').append(year - 1)
				.append("\"\n\tundertecknad \"kvartal ").append(1 + random.nextInt(4)).append(' ').append(year - 1).append("\"\n");
		t.append("\tlägesbild LägesbildLöfte {\n")
				.append("\t\tenkätsvar Trygghet \"Känner du dig trygg?\" {\n\t\t\tandel ").append(40 + random.nextInt(50))
				.append(" %\n\t\t\tår okänt\n\t\t\ti D1").append(k).append("\n\t\t}\n")
				.append("\t\tmedborgardialog Dialog {\n\t\t\tnär \"hösten ").append(year - 1)
				.append("\"\n\t\t\ti D1").append(k).append("\n\t\t\tantal cirka ").append(50 + random.nextInt(400))
				.append("\n\t\t\tiakttagelse Otrygghet \"Otrygghet vid torget\" i D1").append(k).append("\n\t\t}\n")
				.append("\t\tproblem Torget \"Otrygghet vid torget\" i D1").append(k).append(" grund Otrygghet\n\t}\n");
		t.append("\tuppföljningsplan UppföljningLöfte {\n");
		int promises = 1 + random.nextInt(4);
		for (int p = 0; p < promises; p++) {
			t.append("\t\tutfall L").append(p).append(" period \"första halvåret ").append(year).append("\" ")
					.append(random.nextInt(20)).append(' ').append(PROGRESS[random.nextInt(PROGRESS.length)])
					.append(" gjort \"Gjort ").append(p).append("\"\n");
		}
		t.append("\t}\n\tbesvarar Torget\n");
		for (int p = 0; p < promises; p++) {
			int district = 1 + random.nextInt(districts);
			t.append("\tmedborgarlöfte L").append(p).append(" \"Löfte ").append(p).append("\" {\n\t\tny\n\t\tägare Polis")
					.append(k).append("\n\t\ttillsammans med Kommun").append(k).append("\n\t\tvar D").append(district).append(k)
					.append("\n\t\tbesvarar Torget\n\t\tmål \"Mål ").append(p).append("\" {\n\t\t\tprocessmål\n")
					.append("\t\t\tmålvärde ").append(COMPARISONS[random.nextInt(COMPARISONS.length)]).append(' ')
					.append(1 + random.nextInt(20)).append("\n\t\t\tenhet antal \"trygghetsvandringar\"\n\t\t\tperiod \"")
					.append(year).append("\"\n\t\t}\n\t\taktivitet LA").append(p).append(" \"Aktivitet ").append(p)
					.append("\" {\n\t\t\tansvarig Kommun").append(k).append("\n\t\t\tnär \"kvällar\"\n\t\t\tvar D")
					.append(district).append(k).append("\n\t\t}\n\t}\n");
		}
		t.append("\tunderskrifter {\n\t\tunderskrift för Polis").append(k).append(" funktion Chef\n\t}\n}\n");
	}
}
