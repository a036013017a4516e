/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;
import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Continuity;
import se.samverka.model.DocumentStatus;
import se.samverka.model.Model;
import se.samverka.model.PromiseActivity;

/**
 * {@code samverka next-year} on the published promises of Kungälv (2020–2021) and Göteborg
 * Centrum (2019): the new file lies beside this year's, parses and validates without errors, lays
 * out as {@code samverka format} would, follows this year's document, and carries this year's
 * promises, goals and activities over without outcomes.
 */
class NextYearCommandTest {
	@TempDir
	Path folder;

	@Test
	void kungälvsPromiseOf2020Becomes2022sDraft() throws Exception {
		Path kungälv = copyOf("kungalv");
		CommandRun run = CommandRun.of("next-year", kungälv.resolve("medborgarlofte-2020-2021.samverkan").toString());
		assertEquals(0, run.status(), run.out() + run.err());
		Path written = kungälv.resolve("medborgarlofte-2022-2023.samverkan");
		assertTrue(run.out().contains("medborgarlofte-2022-2023.samverkan") && run.out().contains("Kungälv2022"), run.out());
		assertTrue(run.out().contains("9 löften fortsätter"), run.out());
		assertTrue(run.err().contains("0 fel"), run.err());

		Loaded loaded = load(written);
		assertEquals(List.of(), loaded.errors());
		Agreement next = loaded.agreement("Kungälv2022");
		Agreement current = loaded.agreement("Kungälv2020");
		assertEquals("Medborgarlöfte Kungälv 2022–2023", next.getTitle());
		assertSame(current, next.getPredecessor());
		assertEquals(DocumentStatus.DRAFT, next.getStatus());
		assertEquals("2022", next.getPeriodFrom().toString());
		assertEquals("2023", next.getPeriodTo().toString());
		assertNull(next.getSigned());
		assertNull(next.getDecided());
		assertEquals(current.getParties(), next.getParties());
		assertEquals(List.of(), next.getFollowUpPlan().getOutcomes());
		assertNull(next.getSituationPicture(), "the picture stays last year's");
		assertEquals(current.getAnswers(), next.getAnswers());

		assertEquals(current.getPromises().size(), next.getPromises().size());
		for (int i = 0; i < current.getPromises().size(); i++) {
			CitizenPromise old = current.getPromises().get(i);
			CitizenPromise carried = next.getPromises().get(i);
			assertEquals(Continuity.CONTINUES, carried.getContinuity(), carried.getName());
			assertSame(old, carried.getPrevious(), carried.getName());
			assertEquals(old.getText(), carried.getText());
			assertEquals(old.getOwners(), carried.getOwners());
			assertEquals(old.getGoals().size(), carried.getGoals().size());
			for (int a = 0; a < old.getActivities().size(); a++) {
				PromiseActivity activity = carried.getActivities().get(a);
				assertEquals(Continuity.CONTINUES, activity.getContinuity());
				assertSame(old.getActivities().get(a), activity.getPrevious());
			}
		}
		CitizenPromise närvaro = next.getPromises().get(0);
		assertEquals("Närvaro", närvaro.getName());
		assertEquals(200, närvaro.getGoals().get(0).getTarget().intValue());
		assertEquals("Narkotikainsatser2022", next.getPromises().get(5).getName(), "names move with the year");
		assertEquals(5, next.getPromises().get(1).getActivities().size(), "Västtrafik's five activities");
		assertEquals(2, next.getSigning().getSignatures().size());
		assertNull(next.getSigning().getSignatures().get(0).getSignatory(), "who signs is known when it is signed");

		assertEquals(0, CommandRun.of("format", "--check", written.toString()).status(), "laid out as format lays it out");
	}

	@Test
	void aPeriodFromOctoberToOctoberMovesOneYearAndKeepsItsOverarchingGoals() throws Exception {
		Path kungälv = copyOf("kungalv");
		CommandRun run = CommandRun.of("next-year", kungälv.resolve("medborgarlofte-2018-2019.samverkan").toString());
		assertEquals(0, run.status(), run.out() + run.err());
		Loaded loaded = load(kungälv.resolve("medborgarlofte-2019-2020.samverkan"));
		assertEquals(List.of(), loaded.errors());
		Agreement next = loaded.agreement("Kungälv2019");
		assertEquals("Medborgarlöfte Kungälv oktober 2019 – oktober 2020", next.getTitle());
		assertEquals("oktober 2019", next.getPeriodFrom().toString());
		assertEquals("oktober 2020", next.getPeriodTo().toString());
		assertNull(next.getDecided(), "decided \"i oktober 2018\" is last year's");
		assertEquals(4, next.getGoals().size(), "the four overarching goals");
		assertEquals(5, next.getPromises().size());
		assertEquals(List.of(), next.getFollowUpPlan().getOutcomes());
	}

	@Test
	void promisesNamedWithEndAreNotCarriedOverAndTheFileSaysSo() throws Exception {
		Path kungälv = copyOf("kungalv");
		CommandRun run = CommandRun.of("next-year", kungälv.resolve("medborgarlofte-2020-2021.samverkan").toString(),
				"--end", "Brottsaktiva2020,Nattvandring", "-o", folder.resolve("kungalv/nasta.samverkan").toString());
		assertEquals(0, run.status(), run.out() + run.err());
		assertTrue(run.out().contains("2 löften avslutas: Brottsaktiva2020, Nattvandring"), run.out());
		Path written = kungälv.resolve("nasta.samverkan");
		assertTrue(Files.readString(written).contains("// Avslutade och inte med här: Brottsaktiva2020, Nattvandring."));
		Loaded loaded = load(written);
		assertEquals(List.of(), loaded.errors());
		List<String> names = loaded.agreement("Kungälv2022").getPromises().stream().map(CitizenPromise::getName).toList();
		assertEquals(7, names.size());
		assertFalse(names.contains("Nattvandring") || names.contains("Brottsaktiva2022"), names.toString());

		CommandRun unknown = CommandRun.of("next-year", kungälv.resolve("medborgarlofte-2020-2021.samverkan").toString(),
				"--end", "Kameraövervakning", "-o", folder.resolve("kungalv/annan.samverkan").toString());
		assertEquals(2, unknown.status());
		assertTrue(unknown.err().contains("'Kameraövervakning'") && unknown.err().contains("Relationsbyggande"),
				unknown.err());
		assertFalse(Files.exists(kungälv.resolve("annan.samverkan")));
	}

	@Test
	void göteborgCentrumsFileOfSeveralYearsStartsFromTheOneChosen() throws Exception {
		Path göteborg = copyOf("goteborg-centrum");
		Path file = göteborg.resolve("medborgarloften.samverkan");
		CommandRun several = CommandRun.of("next-year", file.toString());
		assertEquals(2, several.status());
		assertTrue(several.err().contains("Centrum2019") && several.err().contains("StadsområdeCentrumLöfte")
				&& several.err().contains("--agreement"), several.err());
		assertFalse(several.err().contains("Centrum2018"), "2018 is followed by 2019: " + several.err());

		CommandRun run = CommandRun.of("next-year", file.toString(), "--agreement", "Centrum2019");
		assertEquals(0, run.status(), run.out() + run.err());
		Path written = göteborg.resolve("medborgarloften-2020.samverkan");
		Loaded loaded = load(written);
		assertEquals(List.of(), loaded.errors());
		Agreement next = loaded.agreement("Centrum2020");
		assertSame(loaded.agreement("Centrum2019"), next.getPredecessor());
		assertEquals("Göteborg, Centrum – medborgarlöften 2020", next.getTitle());
		assertEquals("2020", next.getPeriodFrom().toString());
		assertNull(next.getFollowUpPlan(), "2019 had no follow-up plan, so there is nothing to carry");
		assertEquals(List.of("Närvaro2020", "Narkotikainsatser2020", "Trafikinsatser2020", "StadensStöd"),
				next.getPromises().stream().map(CitizenPromise::getName).toList());
		CitizenPromise narkotika = next.getPromises().get(1);
		assertEquals("Narkotikainsatser2019", narkotika.getPrevious().getName());
		assertEquals(6, narkotika.getGoals().get(0).getTarget().intValue());
		assertEquals("2020", narkotika.getGoals().get(0).getPeriod().toString(), "the goal's period moves with the year");
		assertEquals("Helgkvällar2019", next.getPromises().get(0).getActivities().get(1).getPrevious().getName());

		CommandRun again = CommandRun.of("next-year", file.toString(), "--agreement", "Centrum2019");
		assertEquals(2, again.status());
		assertTrue(again.err().contains("--force"), again.err());
		CommandRun forced = CommandRun.of("next-year", file.toString(), "--agreement", "Centrum2019", "--force");
		assertEquals(0, forced.status(), forced.err());
	}

	@Test
	void aDocumentWithoutAPeriodAsksForOneAndATakenNameForAnother() throws Exception {
		Path göteborg = copyOf("goteborg-centrum");
		Path file = göteborg.resolve("medborgarloften.samverkan");
		CommandRun noPeriod = CommandRun.of("next-year", file.toString(), "--agreement", "StadsområdeCentrumLöfte");
		assertEquals(2, noPeriod.status());
		assertTrue(noPeriod.err().contains("--period"), noPeriod.err());
		CommandRun withPeriod = CommandRun.of("next-year", file.toString(), "--agreement", "StadsområdeCentrumLöfte",
				"--period", "2023 till 2024");
		assertEquals(0, withPeriod.status(), withPeriod.err());
		Agreement next = load(göteborg.resolve("medborgarloften-2023.samverkan")).agreement("StadsområdeCentrumLöfte2023");
		assertEquals("2024", next.getPeriodTo().toString());

		CommandRun taken = CommandRun.of("next-year", file.toString(), "--agreement", "Centrum2018");
		assertEquals(2, taken.status());
		assertTrue(taken.err().contains("Centrum2019") && taken.err().contains("--name"), taken.err());
		CommandRun english = CommandRun.of("next-year", "--lang", "en", file.toString(), "--agreement", "Centrum2018");
		assertTrue(english.err().contains("already"), english.err());
		assertFalse((taken.err() + english.err()).contains("Exception"));

		CommandRun notAPromise = CommandRun.of("next-year", Examples.file("botkyrka/underavtal.samverkan").toString(),
				"-o", folder.resolve("x.samverkan").toString());
		assertEquals(2, notAPromise.status());
		assertTrue(notAPromise.err().contains("medborgarlöften"), notAPromise.err());
	}

	private record Loaded(ModelFolder folder, Path file) {
		List<Problem> errors() {
			return folder.validate(file, CancelIndicator.NullImpl).stream()
					.filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		}

		Agreement agreement(String name) {
			return folder.resourceSet().getResources().stream().map(Resource::getContents)
					.filter(contents -> !contents.isEmpty()).map(contents -> (Model) contents.get(0))
					.flatMap(model -> model.getAgreements().stream()).filter(a -> name.equals(a.getName())).findFirst()
					.orElseThrow(() -> new AssertionError("no agreement " + name));
		}
	}

	private static Loaded load(Path file) throws Exception {
		ModelFolder folder = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ModelFolder.class);
		folder.load(List.of(file));
		assertEquals(List.of(), folder.requested().get(file).getErrors(), "parses");
		return new Loaded(folder, file);
	}

	private Path copyOf(String example) throws IOException {
		Path target = folder.resolve(example);
		Files.createDirectories(target);
		try (Stream<Path> files = Files.list(Examples.file(example))) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
		return target;
	}
}
