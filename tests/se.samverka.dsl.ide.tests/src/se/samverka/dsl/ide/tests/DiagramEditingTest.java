/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import se.samverka.dsl.ide.SamverkaIdeSetup;
import se.samverka.dsl.ide.diagramedit.DanglingReference;
import se.samverka.dsl.ide.diagramedit.DiagramEdit;
import se.samverka.dsl.ide.diagramedit.DiagramEditException;
import se.samverka.dsl.ide.diagramedit.DiagramEditing;
import se.samverka.dsl.ide.diagramedit.DiagramOperation;
import se.samverka.dsl.ide.diagramedit.FileChange;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.Connect;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.CreateBody;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.CreateMember;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.CreateMemberWithNewRole;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.Delete;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.Disconnect;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.Line;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.MoveBody;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.MoveMember;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.Rename;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.ReorderMember;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.SetAttributes;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.SetChair;
import se.samverka.dsl.ide.diagramedit.MeetingFrequencies;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;

/**
 * Every operation of the governance diagram on Botkyrka, without a display: the text after it
 * differs from the text before only in the lines the operation concerns, keeps every comment,
 * parses and validates without a new error, and its inverse edit (undo) gives back the text
 * before, byte for byte.
 */
class DiagramEditingTest {
	private static final Pattern COMMENT = Pattern.compile("//[^\n]*|/\\*.*?\\*/", Pattern.DOTALL);
	private static Injector injector;
	private static Path botkyrka;
	private static Path underavtal;
	private static Path organisationer;
	private static List<String> errorsBefore;

	@TempDir
	Path edited;

	/**
	 * The rules a new body of some kinds breaks until it is filled in: a steering group that
	 * never meets (G1), an area group without its network group (G6).
	 */
	private static final Map<String, String[]> FINDINGS_OF_A_NEW_BODY = Map.of("styrgrupp", new String[] { "G1" },
			"arbetsgrupp", new String[] {}, "brå", new String[] {}, "samverkansgrupp", new String[] {},
			"områdesgrupp", new String[] { "G6" }, "nätverksgrupp", new String[] {});

	@BeforeAll
	static void loadBotkyrka() throws Exception {
		injector = new SamverkaIdeSetup().createInjectorAndDoEMFRegistration();
		botkyrka = Path.of(System.getProperty("samverka.examples", "../../examples"), "botkyrka").toAbsolutePath()
				.normalize();
		underavtal = botkyrka.resolve("underavtal.samverkan");
		organisationer = botkyrka.resolve("organisationer.samverkan");
		errorsBefore = errors(botkyrka);
	}

	/**
	 * The edit of an operation, checked for what every edit must keep; the diff of each file it
	 * changes.
	 *
	 * @param findings the codes of the rules whose errors the change brings, as the diagram then
	 *                 shows them (a body that never meets, an area group with two network groups)
	 */
	private Map<Path, LineDiff> edit(DiagramOperation operation, String... findings) throws Exception {
		return edit(operation, true, findings);
	}

	private Map<Path, LineDiff> edit(DiagramOperation operation, boolean keepsEveryComment, String... findings)
			throws Exception {
		DiagramEdit edit = run(operation);
		assertTrue(!edit.changes().isEmpty(), operation + " changed nothing");
		Map<Path, LineDiff> diffs = new LinkedHashMap<>();
		Map<Path, String> after = new LinkedHashMap<>();
		for (FileChange change : edit.changes()) {
			Path file = Path.of(java.net.URI.create(change.file()));
			String before = Files.readString(file, StandardCharsets.UTF_8);
			assertEquals(before, change.before(), "the edit is of the text on disk");
			after.put(file, change.after());
			diffs.put(file, LineDiff.of(before, change.after()));
			if (keepsEveryComment) {
				assertEquals(comments(before), comments(change.after()), "comments of " + file.getFileName());
			}
		}
		for (FileChange undo : edit.inverse().changes()) {
			Path file = Path.of(java.net.URI.create(undo.file()));
			assertEquals(after.get(file), undo.before());
			assertTrue(java.util.Arrays.equals(Files.readAllBytes(file), undo.after().getBytes(StandardCharsets.UTF_8)),
					"undo gives back " + file.getFileName() + " byte for byte");
		}
		// the result, beside the files it did not change, parses and validates without a new error
		try (var models = Files.list(botkyrka)) {
			for (Path model : models.toList()) {
				Files.writeString(edited.resolve(model.getFileName().toString()),
						after.getOrDefault(model, Files.readString(model, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
			}
		}
		List<String> newErrors = new ArrayList<>(errors(edited));
		newErrors.removeAll(errorsBefore);
		assertEquals(List.of(findings), newErrors.stream().map(error -> error.split(": ")[1]).distinct().toList(),
				"new errors after " + operation + ": " + newErrors);
		return diffs;
	}

	private static DiagramEdit run(DiagramOperation operation) throws Exception {
		ModelFolder folder = injector.getInstance(ModelFolder.class);
		folder.load(List.of(underavtal));
		DiagramEditing editing = injector.getInstance(DiagramEditing.class);
		return editing.edit(editing.folder(folder.resourceSet(), URI.createFileURI(underavtal.toString())), operation);
	}

	private static List<String> errors(Path folderPath) throws Exception {
		ModelFolder folder = injector.getInstance(ModelFolder.class);
		List<Path> files;
		try (var models = Files.list(folderPath)) {
			files = models.filter(ModelFolder::isModelFile).sorted().toList();
		}
		folder.load(files);
		List<String> errors = new ArrayList<>();
		for (Path file : files) {
			for (Problem problem : folder.validate(file, CancelIndicator.NullImpl)) {
				if (problem.severity() == Problem.Severity.ERROR) {
					errors.add(file.getFileName() + ": " + problem.code() + ": " + problem.message());
				}
			}
		}
		return errors;
	}

	private static List<String> comments(String text) {
		List<String> comments = new ArrayList<>();
		Matcher matcher = COMMENT.matcher(text);
		while (matcher.find()) {
			comments.add(matcher.group().strip());
		}
		return comments;
	}

	private static void assertDiff(LineDiff diff, List<String> removed, List<String> added) {
		assertEquals(removed, diff.removed(), "lines taken out");
		assertEquals(added, diff.added(), "lines put in");
	}

	@Test
	void aNewBodyOfEachKindIsOneLineAfterTheLastBody() throws Exception {
		for (String kind : List.of("styrgrupp", "arbetsgrupp", "brå", "samverkansgrupp", "områdesgrupp", "nätverksgrupp")) {
			// a new body does not meet yet: G1 says so until its meetings are set
			Map<Path, LineDiff> diffs = edit(new CreateBody(null, null, GovernanceOperations.bodyKind(kind), "Ny grupp för " + kind),
					FINDINGS_OF_A_NEW_BODY.get(kind));
			assertEquals(List.of(underavtal), List.copyOf(diffs.keySet()));
			String name = "NyGruppFör" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
			assertDiff(diffs.get(underavtal), List.of(), List.of(kind + " " + name + " \"Ny grupp för " + kind + "\""));
		}
	}

	@Test
	void aNetworkGroupMadeInAnAreaGroupWorksOnItsAssignment() throws Exception {
		// Botkyrka's agreement says one network group in each area group: G6 finds the second
		Map<Path, LineDiff> diffs = edit(new CreateBody(null, "OmrådesgruppTumba",
				GovernanceOperations.bodyKind("nätverksgrupp"), "Nätverksgrupp för skolor"), "G6");
		assertDiff(diffs.get(underavtal), List.of(), List.of("nätverksgrupp NätverksgruppFörSkolor \"Nätverksgrupp för skolor\" {",
				"uppdrag från OmrådesgruppTumba", "}"));
	}

	@Test
	void aNewMemberHoldsAnExistingRole() throws Exception {
		Map<Path, LineDiff> diffs = edit(new CreateMember("Arbetsgruppen", "Kommundirektör"));
		assertDiff(diffs.get(underavtal), List.of(), List.of("medlem Kommundirektör"));
	}

	@Test
	void aNewMemberWithANewRoleChangesTheFileOfTheParty() throws Exception {
		Map<Path, LineDiff> diffs = edit(new CreateMemberWithNewRole("Styrgruppen", "Kommunen", "Kultur- och fritidschef"));
		assertEquals(List.of(organisationer, underavtal), diffs.keySet().stream().sorted().toList());
		assertDiff(diffs.get(organisationer), List.of(), List.of("funktion Kultur-OchFritidschef \"Kultur- och fritidschef\""));
		assertDiff(diffs.get(underavtal), List.of(), List.of("medlem Kultur-OchFritidschef"));
	}

	@Test
	void aMemberDraggedToAnotherBodyLeavesTheFirst() throws Exception {
		Map<Path, LineDiff> diffs = edit(new MoveMember("Styrgruppen", 2, "CentralaSamverkansgruppen", -1, false));
		assertDiff(diffs.get(underavtal), List.of("medlem Närpolisområdeschef"), List.of("medlem Närpolisområdeschef"));
		assertEquals(List.of(lineOf(Files.readString(underavtal), "medlem Närpolisområdeschef")),
				diffs.get(underavtal).removedLineNumbers(), "taken out of Styrgruppen");
	}

	@Test
	void aMemberCopiedToAnotherBodyStaysInTheFirst() throws Exception {
		Map<Path, LineDiff> diffs = edit(new MoveMember("Styrgruppen", 2, "CentralaSamverkansgruppen", 0, true));
		assertDiff(diffs.get(underavtal), List.of(), List.of("medlem Närpolisområdeschef"));
	}

	@Test
	void membersAreReordered() throws Exception {
		Map<Path, LineDiff> diffs = edit(new ReorderMember("Styrgruppen", 0, 1));
		LineDiff diff = diffs.get(underavtal);
		// one of the two lines changed places with the other: either is the same text
		assertEquals(1, diff.removed().size(), diff.toString());
		assertEquals(diff.removed(), diff.added());
		assertTrue(List.of("medlem Polismästare", "medlem Kommundirektör").contains(diff.removed().get(0)));
		String after = Files.readString(edited.resolve("underavtal.samverkan"));
		assertTrue(after.indexOf("medlem Kommundirektör") < after.indexOf("medlem Polismästare"));
	}

	@Test
	void aNetworkGroupMovedToAnotherAreaGroupWorksOnTheNewAssignment() throws Exception {
		String text = Files.readString(underavtal);
		// Alby is left without a network group and Fittja has two: G6 says so of both
		Map<Path, LineDiff> diffs = edit(new MoveBody("NätverksgruppAlby", "OmrådesgruppFittja"), "G6");
		LineDiff diff = diffs.get(underavtal);
		assertTrue(diff.removed().contains("uppdrag från OmrådesgruppAlby"), diff.toString());
		assertTrue(diff.added().contains("uppdrag från OmrådesgruppFittja"), diff.toString());
		assertTrue(diff.removed().contains("nätverksgrupp NätverksgruppAlby \"Nätverksgrupp Alby\" {"), diff.toString());
		assertTrue(diff.added().contains("nätverksgrupp NätverksgruppAlby \"Nätverksgrupp Alby\" {"), diff.toString());
		int alby = lineOf(text, "områdesgrupp OmrådesgruppAlby");
		int fittja = lineOf(text, "områdesgrupp OmrådesgruppFittja");
		assertTrue(diff.removedLineNumbers().stream().allMatch(line -> line > alby && line < fittja),
				"only the network group's lines leave Alby: " + diff);
	}

	@Test
	void aBodyCannotMoveIntoItself() {
		assertThrows(DiagramEditException.class, () -> run(new MoveBody("OmrådesgruppAlby", "NätverksgruppAlby")));
	}

	@Test
	void linesAreDrawnAndReconnected() throws Exception {
		assertDiff(edit(new Connect(Line.REPORTS_TO, "BRÅ", "Styrgruppen")).get(underavtal), List.of(),
				List.of("rapporterar till Styrgruppen"));
		assertDiff(edit(new Connect(Line.REPORTS_TO, "Arbetsgruppen", "BRÅ")).get(underavtal),
				List.of("rapporterar till Styrgruppen"), List.of("rapporterar till BRÅ"));
		assertDiff(edit(new Connect(Line.ASSIGNS, "Styrgruppen", "Arbetsgruppen")).get(underavtal), List.of(),
				List.of("uppdrag från Styrgruppen"));
		assertDiff(edit(new Connect(Line.LEADS, "Säkerhetschef", "Arbetsgruppen")).get(underavtal), List.of(),
				List.of("leds av Säkerhetschef"));
		assertDiff(edit(new Disconnect(Line.REPORTS_TO, "Arbetsgruppen")).get(underavtal),
				List.of("rapporterar till Styrgruppen"), List.of());
	}

	@Test
	void theChairIsFixedOrRotatesBetweenParties() throws Exception {
		assertDiff(edit(SetChair.fixed("Arbetsgruppen", "Närpolisområdeschef")).get(underavtal), List.of(),
				List.of("ordförande Närpolisområdeschef"));
		assertDiff(edit(SetChair.rotating("CentralaSamverkansgruppen", List.of("Kommunen", "Polisen"),
				List.of("Säkerhetschef", "Närpolisområdeschef"), 2)).get(underavtal), List.of(),
				List.of("ordförande roterar mellan Kommunen, Polisen som Säkerhetschef, Närpolisområdeschef period 2 år"));
		assertDiff(edit(SetChair.fixed("Styrgruppen", "Kommundirektör")).get(underavtal),
				List.of("ordförande roterar mellan Polisen, Kommunen som Polismästare, Kommundirektör period 1 år"),
				List.of("ordförande Kommundirektör"));
	}

	@Test
	void renamingChangesTheTitleOnly() throws Exception {
		assertDiff(edit(new Rename("Styrgruppen", "Ledningsgrupp")).get(underavtal),
				List.of("styrgrupp Styrgruppen \"Styrgrupp\" {"), List.of("styrgrupp Styrgruppen \"Ledningsgrupp\" {"));
	}

	@Test
	void theSimpleAttributesOfABody() throws Exception {
		MeetingFrequencies frequencies = injector.getInstance(MeetingFrequencies.class);
		assertDiff(edit(new SetAttributes("Arbetsgruppen", null, null, frequencies.parse("minst 6 gånger per år"), false,
				null)).get(underavtal), List.of("sammanträder 4 gånger per år"), List.of("sammanträder minst 6 gånger per år"));
		assertDiff(edit(new SetAttributes("Arbetsgruppen", "Beredning", GovernanceOperations.bodyKind("beredningsgrupp"),
				null, false, null)).get(underavtal), List.of("arbetsgrupp Arbetsgruppen \"Arbetsgrupp\" {"),
				List.of("beredningsgrupp Arbetsgruppen \"Beredning\" {"));
		LineDiff mandate = edit(new SetAttributes("Styrgruppen", null, null, null, false, "Besluta om åtgärdsplanerna."))
				.get(underavtal);
		assertEquals(List.of("mandat \"Besluta om åtgärdsplanerna.\""), mandate.added());
		assertEquals(1, mandate.removed().size());
		assertTrue(mandate.removed().get(0).startsWith("mandat \"Parterna ska organisera samverkan via en Styrgrupp"));
		assertDiff(edit(new SetAttributes("CentralaSamverkansgruppen", null, null, null, true, null)).get(underavtal),
				List.of("sammanträder kontinuerligt"), List.of());
		assertThrows(DiagramEditException.class, () -> frequencies.parse("ibland"));
	}

	@Test
	void deletingAMemberTakesOutItsLine() throws Exception {
		assertDiff(edit(Delete.member("Styrgruppen", 3)).get(underavtal), List.of("medlem Säkerhetschef"), List.of());
	}

	@Test
	void deletingABodyListsTheReferencesFirstAndTakesThemOut() throws Exception {
		ModelFolder folder = injector.getInstance(ModelFolder.class);
		folder.load(List.of(underavtal));
		DiagramEditing editing = injector.getInstance(DiagramEditing.class);
		List<DanglingReference> dangling = editing.danglingReferences(
				editing.folder(folder.resourceSet(), URI.createFileURI(underavtal.toString())), "Arbetsgruppen");
		String text = Files.readString(underavtal);
		assertTrue(!dangling.isEmpty());
		for (DanglingReference reference : dangling) {
			String line = text.split("\n")[reference.line() - 1];
			assertEquals(line.strip(), reference.text());
			assertTrue(line.substring(reference.column() - 1).startsWith("Arbetsgruppen"), reference.toString());
		}
		LineDiff diff = edit(Delete.element("Arbetsgruppen"), false).get(underavtal);
		int start = lineOf(text, "arbetsgrupp Arbetsgruppen");
		int end = start + 9;
		List<Integer> referring = dangling.stream().map(DanglingReference::line).toList();
		for (int line : diff.removedLineNumbers()) {
			// the body's lines, its comment and one blank line beside them, and the lines that refer to it
			assertTrue(line >= start - 2 && line <= end + 1 || referring.contains(line),
					"line " + line + " is neither the body's nor a reference to it: " + diff);
		}
		assertTrue(diff.removed().contains("arbetsgrupp Arbetsgruppen \"Arbetsgrupp\" {"));
		// the comments that are not the deleted body's own stay
		List<String> kept = comments(text);
		kept.remove("// §6 Arbetsgrupp");
		List<String> after = comments(Files.readString(edited.resolve("underavtal.samverkan")));
		after.remove("// §6 Arbetsgrupp");
		assertEquals(kept, after);
	}

	@Test
	void deletingARoleTakesOutItsMembershipsInAnotherFile() throws Exception {
		// BRÅ is to have 14 members: G7 counts one fewer
		Map<Path, LineDiff> diffs = edit(Delete.element("Socialchef"), "G7");
		assertDiff(diffs.get(organisationer), List.of("funktion Socialchef \"Chef för socialförvaltningen\""), List.of());
		assertDiff(diffs.get(underavtal), List.of("medlem Socialchef tjänsteman"), List.of());
	}

	@Test
	void anUnknownElementIsRefusedWithAMessage() {
		DiagramEditException refused = assertThrows(DiagramEditException.class,
				() -> run(new CreateMember("Styrgruppen", "Brandchef")));
		assertTrue(refused.getMessage().contains("Brandchef"), refused.getMessage());
	}

	private static int lineOf(String text, String part) {
		return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
	}
}
