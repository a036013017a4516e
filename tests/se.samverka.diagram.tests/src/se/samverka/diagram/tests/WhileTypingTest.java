/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Model;

/**
 * A word half typed on a new line of Botkyrka's agreement, in each kind of block it has, stays a
 * local error: one or two findings, all on that line, and the governance and traceability
 * diagrams of the half-typed text still have every box of the intact one.
 */
class WhileTypingTest {
	private static final String AGREEMENT = "underavtal.samverkan";
	private static final String ORGANISATIONS = "organisationer.samverkan";

	/** Block kind, file, the line before which the word is typed (unique in its file), the word. */
	private record Typing(String block, String file, String before, String word) {
	}

	private static final List<Typing> TYPINGS = List.of(
			new Typing("avtal", AGREEMENT, "\tstyrgrupp Styrgruppen \"Styrgrupp\" {", "sty"),
			new Typing("giltighet", AGREEMENT, "\t\tförlängning 2 år", "förl"),
			new Typing("styrgrupp", AGREEMENT, "\t\tmedlem Polismästare\n", "medl"),
			new Typing("arbetsgrupp", AGREEMENT, "\t\tsammanträder 4 gånger per år", "samm"),
			new Typing("organ", AGREEMENT, "\t\tområdesgrupp OmrådesgruppAlby", "områdesg"),
			new Typing("områdesgrupp", AGREEMENT, "\t\t\tnätverksgrupp NätverksgruppAlby", "nätv"),
			new Typing("nätverksgrupp", AGREEMENT, "\t\t\t\tområde Alby", "omr"),
			new Typing("samordning", AGREEMENT, "\t\tsamordnare SamordnareKommunen", "samo"),
			new Typing("lägesbild", AGREEMENT, "\t\tstatistik FittjaKällarinbrott", "stat"),
			new Typing("bedömning", AGREEMENT, "\t\t\tproblemplats \"Allivsbutiken", "problemp"),
			new Typing("tema", AGREEMENT, "\t\t\tsiffra \"Andel som testat cannabis\"", "siff"),
			new Typing("prioriterat område", AGREEMENT, "\t\tgrund BedömningAlby", "gru"),
			new Typing("åtgärdsplan", AGREEMENT, "\t\tåtgärd Stödcentrum ", "åtg"),
			new Typing("åtgärd", AGREEMENT, "\t\t\tsyfte \"Att ge stöd till unga brottsutsatta\"", "syf"),
			new Typing("mål", AGREEMENT, "\t\t\t\tmålvärde minst 186 år 2015", "målv"),
			new Typing("kommunikationsplan", AGREEMENT, "\t\tmålgrupp Samarbetspartners", "målg"),
			new Typing("målgrupp", AGREEMENT, "\t\t\tanmärkning \"för att nå övriga målgrupper\"", "anm"),
			new Typing("uppföljningsplan", AGREEMENT, "\t\tuppföljning UppföljningPrioriteringar", "uppf"),
			new Typing("uppföljning", AGREEMENT, "\t\t\tansvar \"Styrgruppen\"", "ansv"),
			new Typing("underskrifter", AGREEMENT, "\t\tunderskrift för Kommunen", "unders"),
			new Typing("organisation", ORGANISATIONS, "\tfunktion Kommundirektör", "funk"));

	private static final List<DiagramView> VIEWS = List.of(DiagramView.GOVERNANCE, DiagramView.TRACEABILITY);

	private static Map<DiagramView, List<String>> intactBoxes;

	@TempDir
	Path folder;

	@BeforeAll
	static void drawTheIntactAgreement() {
		Model intact = ExampleDiagrams.model("botkyrka", AGREEMENT);
		intactBoxes = Map.of(DiagramView.GOVERNANCE, boxes(intact, DiagramView.GOVERNANCE),
				DiagramView.TRACEABILITY, boxes(intact, DiagramView.TRACEABILITY));
		assertTrue(intactBoxes.get(DiagramView.GOVERNANCE).size() > 50, intactBoxes.toString());
		assertTrue(intactBoxes.get(DiagramView.TRACEABILITY).size() > 20, intactBoxes.toString());
	}

	@Test
	void aHalfTypedWordInEachKindOfBlockStaysALocalErrorAndEveryBoxStaysDrawn() throws IOException {
		List<String> failures = new ArrayList<>();
		for (Typing typing : TYPINGS) {
			failures.addAll(type(typing));
		}
		assertEquals(List.of(), failures);
	}

	/** Types the word on a new line before the given one, reads the folder and tells what went wrong. */
	private List<String> type(Typing typing) throws IOException {
		copyBotkyrka();
		Path file = folder.resolve(typing.file());
		String text = Files.readString(file);
		int at = text.indexOf(typing.before());
		assertTrue(at >= 0 && text.indexOf(typing.before(), at + 1) < 0,
				typing.block() + ": the line occurs once in " + typing.file() + ": " + typing.before());
		String indentation = typing.before().substring(0, typing.before().indexOf(typing.before().strip()));
		Files.writeString(file, text.substring(0, at) + indentation + typing.word() + "\n" + text.substring(at));
		int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;

		ModelFolder models = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(ModelFolder.class);
		Path agreementFile = folder.resolve(AGREEMENT);
		try {
			models.load(List.of(agreementFile, folder.resolve(ORGANISATIONS)));
		} catch (Exception unreadable) {
			throw new AssertionError(typing.block() + ": the folder cannot be read", unreadable);
		}
		List<String> failures = new ArrayList<>();
		String where = typing.block() + " (" + typing.word() + " on line " + line + " of " + typing.file() + "): ";
		for (Resource resource : models.resourceSet().getResources()) {
			boolean typedIn = resource.getURI().lastSegment().equals(typing.file());
			for (Resource.Diagnostic error : resource.getErrors()) {
				if (!typedIn || error.getLine() != line) {
					failures.add(where + "an error elsewhere: " + resource.getURI().lastSegment() + ":" + error.getLine()
							+ " " + error.getMessage());
				}
			}
			if (typedIn) {
				long onTheLine = resource.getErrors().stream().filter(error -> error.getLine() == line).count();
				if (onTheLine < 1 || onTheLine > 2) {
					failures.add(where + onTheLine + " errors on the line (1 or 2 expected): " + resource.getErrors());
				}
				if (resource.getErrors().stream().noneMatch(error -> error.getMessage().contains(typing.word()))) {
					failures.add(where + "no error names the word: " + resource.getErrors());
				}
			}
		}
		Model model = (Model) models.requested().get(agreementFile).getContents().get(0);
		for (DiagramView view : VIEWS) {
			List<String> missing = new ArrayList<>(intactBoxes.get(view));
			missing.removeAll(boxes(model, view));
			if (!missing.isEmpty()) {
				failures.add(where + view + " lost " + missing.size() + " boxes: " + missing);
			}
		}
		return failures;
	}

	/** The ids of the boxes of a view of the model's agreement, and of the rows (members) listed in them. */
	private static List<String> boxes(Model model, DiagramView view) {
		assertFalse(model.getAgreements().isEmpty(), "the agreement is read");
		Diagram diagram = view.generate(model.getAgreements().get(0), List.of());
		return new ArrayList<>(new TreeSet<>(diagram.nodes().stream().map(DiagramNode::id).toList()));
	}

	private void copyBotkyrka() throws IOException {
		try (Stream<Path> files = Files.list(ExampleDiagrams.examples().resolve("botkyrka"))) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}
}
