/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;
import se.samverka.model.nls.Language;

/**
 * The language server as an editor uses it: LSP4J as the client, Botkyrka's three files (which
 * refer to each other) as the workspace. What the editor shows must be what
 * {@code samverka validate} prints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageServerTest {
	private Path botkyrka;
	private LspSession session;

	@BeforeAll
	void startTheServerOnBotkyrka() throws Exception {
		Language.use(Language.SWEDISH);
		String examples = System.getProperty("samverka.examples", "../../examples");
		botkyrka = Path.of(examples).resolve("botkyrka").toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(botkyrka), "examples not found at " + botkyrka);
		session = new LspSession(botkyrka);
	}

	@AfterAll
	void stopTheServer() throws Exception {
		session.close();
	}

	@Test
	void anOpenedFileGetsTheFindingsOfValidateAtTheSameLines() throws Exception {
		Path underavtal = botkyrka.resolve("underavtal.samverkan");
		session.open(underavtal);
		List<String> shown = lines(session.diagnostics(underavtal).getDiagnostics());
		List<String> printed = validate(underavtal);
		assertEquals(47, printed.size(), "the findings ExampleFindingsTest pins for underavtal.samverkan");
		assertEquals(printed, shown);
		// one of them as a user sees it: the warning sits on the situation picture without a date
		int line = lineOf(underavtal, "lägesbild Lägesbild {") + 1;
		assertTrue(shown.stream().anyMatch(l -> l.startsWith(line + ":2 warning L2 ")), shown.toString());
	}

	@Test
	void completionAtAReferenceOffersTheOrganisationsOfTheOtherFile() throws Exception {
		Path underavtal = botkyrka.resolve("underavtal.samverkan");
		session.open(underavtal);
		Position afterParter = position(underavtal, "parter Polisen, Kommunen", "parter ".length());
		var completion = session.server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(LspSession.uri(underavtal)), afterParter))
				.get(LspSession.SECONDS, TimeUnit.SECONDS);
		List<String> labels = (completion.isLeft() ? completion.getLeft() : completion.getRight().getItems()).stream()
				.map(CompletionItem::getLabel).toList();
		// declared in organisationer.samverkan
		for (String organisation : List.of("Polisen", "Kommunen", "Botkyrkabyggen", "Räddningstjänsten")) {
			assertTrue(labels.contains(organisation), organisation + " missing from " + labels);
		}
	}

	@Test
	void renamingAnOrganisationChangesEveryFileThatNamesIt() throws Exception {
		Path organisationer = botkyrka.resolve("organisationer.samverkan");
		Path underavtal = botkyrka.resolve("underavtal.samverkan");
		Path avtalet = botkyrka.resolve("avtalet.samverkan");
		session.open(organisationer);
		Position onName = position(organisationer, "organisation Polisen \"", "organisation P".length());
		// the server must not need Samverka in EMF's global registry: inside the workbench that
		// holds the editor's own language instance (and validate() below puts one there)
		Map<String, Object> global = IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap();
		Object registered = global.remove(ModelFolder.EXTENSION);
		WorkspaceEdit edit;
		try {
			edit = session.server.getTextDocumentService()
					.rename(new RenameParams(new TextDocumentIdentifier(LspSession.uri(organisationer)), onName, "NPOBotkyrka"))
					.get(LspSession.SECONDS, TimeUnit.SECONDS);
		} finally {
			if (registered != null) {
				global.put(ModelFolder.EXTENSION, registered);
			}
		}
		Map<Path, List<TextEdit>> edits = TextEdits.byFile(edit);
		assertEquals(List.of(avtalet, organisationer, underavtal), List.copyOf(edits.keySet()), edit.toString());
		// avtalet.samverkan: "parter Polisen, Kommunen" becomes "parter NPOBotkyrka, Kommunen"
		assertEquals("\tparter NPOBotkyrka, Kommunen", TextEdits.applied(avtalet, edits.get(avtalet)).lines()
				.filter(l -> l.startsWith("\tparter ")).findFirst().orElseThrow());
		String renamedAgreement = TextEdits.applied(underavtal, edits.get(underavtal));
		assertFalse(renamedAgreement.matches("(?s).*\\bPolisen\\b[^\"]*\\R.*"), "a reference to Polisen left");
		assertTrue(renamedAgreement.contains("parter NPOBotkyrka, Kommunen kallade \"Parterna\""));
		String renamedOrganisations = TextEdits.applied(organisationer, edits.get(organisationer));
		assertTrue(renamedOrganisations.contains("organisation NPOBotkyrka \"Närpolisområde Botkyrka\""));
		assertTrue(renamedOrganisations.contains("funktion NPOBotkyrka.BF-samordnare"), "qualified references too");
		// the server only proposes the change: the files are the editor's to write
		assertTrue(Files.readString(avtalet, StandardCharsets.UTF_8).contains("parter Polisen, Kommunen"));
	}

	/**
	 * A workspace folder holding several folders of models, as a repository does: each file sees
	 * its own folder only, as validate loads it, even where another folder declares the same name.
	 */
	@Test
	void filesSeeOnlyTheirOwnFolder(@TempDir Path workspace) throws Exception {
		Path a = write(workspace.resolve("a/organisationer.samverkan"), "organisation Polisen \"A\" {\n\ttyp polis\n}\n");
		Path aAgreement = write(workspace.resolve("a/avtal.samverkan"), "avtal A {\n\ttyp ramavtal\n\tparter Polisen\n}\n");
		write(workspace.resolve("b/organisationer.samverkan"), "organisation Polisen \"B\" {\n\ttyp polis\n}\n");
		Path bAgreement = write(workspace.resolve("b/avtal.samverkan"), "avtal B {\n\ttyp ramavtal\n\tparter Polisen\n}\n");
		Path lonely = write(workspace.resolve("c/avtal.samverkan"), "avtal C {\n\ttyp ramavtal\n\tparter Polisen\n}\n");
		// a folder whose name begins with a's, and a folder inside a: neither is a
		Path besideA = write(workspace.resolve("ab/avtal.samverkan"), "avtal AB {\n\ttyp ramavtal\n\tparter Polisen\n}\n");
		Path insideA = write(workspace.resolve("a/under/avtal.samverkan"), "avtal U {\n\ttyp ramavtal\n\tparter Polisen\n}\n");
		try (LspSession folders = new LspSession(workspace)) {
			for (Path file : List.of(aAgreement, bAgreement, lonely, besideA, insideA)) {
				folders.open(file);
				assertEquals(validate(file), lines(folders.diagnostics(file).getDiagnostics()), file.toString());
			}
			assertTrue(lines(folders.diagnostics(lonely).getDiagnostics()).stream().anyMatch(l -> l.contains(" S1 ")),
					"c declares no Polisen and sees none of a's or b's");
			for (Path file : List.of(besideA, insideA)) {
				assertTrue(lines(folders.diagnostics(file).getDiagnostics()).stream().anyMatch(l -> l.contains(" S1 ")),
						file + " sees none of a's names");
			}
			folders.open(a);
			WorkspaceEdit edit = folders.server.getTextDocumentService()
					.rename(new RenameParams(new TextDocumentIdentifier(LspSession.uri(a)),
							position(a, "organisation Polisen", "organisation P".length()), "Polisområdet"))
					.get(LspSession.SECONDS, TimeUnit.SECONDS);
			assertEquals(List.of(aAgreement, a), List.copyOf(TextEdits.byFile(edit).keySet()), "b's Polisen is another one");
		}
	}

	/** What validate prints for a file, as "line:column severity code message", in order. */
	private static List<String> validate(Path file) throws Exception {
		ModelFolder folder = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(ModelFolder.class);
		folder.load(List.of(file));
		return folder.validate(file, CancelIndicator.NullImpl).stream()
				.map(p -> p.line() + ":" + p.column() + " " + p.severity().label() + " " + p.code() + " " + p.message())
				.sorted().toList();
	}

	/** The same form for what the editor shows. */
	private static List<String> lines(List<Diagnostic> diagnostics) {
		List<String> lines = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics) {
			Position start = diagnostic.getRange().getStart();
			lines.add((start.getLine() + 1) + ":" + (start.getCharacter() + 1) + " " + label(diagnostic.getSeverity())
					+ " " + shortCode(diagnostic.getCode().getLeft()) + " " + diagnostic.getMessage().map(text -> text, markup -> markup.getValue()));
		}
		return lines.stream().sorted().toList();
	}

	private static String label(DiagnosticSeverity severity) {
		return switch (severity) {
		case Error -> Problem.Severity.ERROR.label();
		case Warning -> Problem.Severity.WARNING.label();
		default -> Problem.Severity.INFO.label();
		};
	}

	/** Rules carry their code (G8); Xtext's own problems carry a long one that validate shortens. */
	private static String shortCode(String code) {
		if (code.endsWith("Diagnostic.Linking")) {
			return "S1";
		}
		if (code.contains("Diagnostic.Syntax")) {
			return "SYNTAX";
		}
		return code.substring(code.lastIndexOf('.') + 1);
	}


	/** A file's text with the edits made, as the editor would make them. */


	private static int lineOf(Path file, String text) throws Exception {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	private static Position position(Path file, String text, int column) throws Exception {
		int line = lineOf(file, text);
		String content = Files.readAllLines(file, StandardCharsets.UTF_8).get(line);
		return new Position(line, content.indexOf(text) + column);
	}

	private static Path write(Path file, String text) throws Exception {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8).toAbsolutePath().normalize();
	}
}
