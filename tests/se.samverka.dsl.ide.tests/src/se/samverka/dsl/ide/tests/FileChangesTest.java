/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.model.nls.Language;

/**
 * The server sees files change on disk behind its back, as they do when another program writes
 * them, {@code git pull} runs, or an editor applies a rename to files it has not open: with a
 * client that does not watch files for it (as Neovim and Helix do not), the open model's
 * findings follow the disk. Botkyrka's three files, copied, are the workspace.
 */
class FileChangesTest {
	/** Long enough for the server to look at the disk (every second) and check the models again. */
	private static final long WAIT = 60;

	@TempDir
	Path botkyrka;

	private Path organisationer;
	private Path underavtal;
	private Path avtalet;

	@BeforeEach
	void copyBotkyrka() throws IOException {
		Language.use(Language.SWEDISH);
		Path examples = Path.of(System.getProperty("samverka.examples", "../../examples")).resolve("botkyrka");
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".samverkan")).toList()) {
				Files.copy(file, botkyrka.resolve(file.getFileName()));
			}
		}
		botkyrka = botkyrka.toAbsolutePath().normalize();
		organisationer = botkyrka.resolve("organisationer.samverkan");
		underavtal = botkyrka.resolve("underavtal.samverkan");
		avtalet = botkyrka.resolve("avtalet.samverkan");
	}

	@Test
	void aFileChangedByAnotherProgramChangesTheOpenFilesFindings() throws Exception {
		try (LspSession session = new LspSession(botkyrka)) {
			session.open(underavtal);
			session.awaitDiagnostics(underavtal, FileChangesTest::noErrors, WAIT);
			// another program renames the police in the organisations' file, which is not open
			replace(organisationer, "organisation Polisen \"", "organisation Polismyndigheten \"");
			List<Diagnostic> shown = session.awaitDiagnostics(underavtal, d -> !noErrors(d), WAIT);
			assertTrue(shown.stream().anyMatch(d -> d.getMessage().getLeft().contains("Polisen")), shown.toString());
			// and puts it back: the errors go away again
			replace(organisationer, "organisation Polismyndigheten \"", "organisation Polisen \"");
			session.awaitDiagnostics(underavtal, FileChangesTest::noErrors, WAIT);
		}
	}

	@Test
	void aRenameAcrossFilesAppliedAndSavedLeavesNoError() throws Exception {
		try (LspSession session = new LspSession(botkyrka)) {
			session.open(organisationer);
			session.awaitDiagnostics(organisationer, FileChangesTest::noErrors, WAIT);
			Position onName = position(organisationer, "organisation Polisen \"", "organisation P".length());
			WorkspaceEdit edit = session.server.getTextDocumentService()
					.rename(new RenameParams(new TextDocumentIdentifier(LspSession.uri(organisationer)), onName, "NPOBotkyrka"))
					.get(LspSession.SECONDS, TimeUnit.SECONDS);
			Map<Path, List<TextEdit>> edits = TextEdits.byFile(edit);
			assertEquals(List.of(avtalet, organisationer, underavtal), List.copyOf(edits.keySet()));
			// the editor applies the change to its open file first: until the others are written, they name
			// an organisation that is no longer there
			session.change(organisationer, TextEdits.applied(organisationer, edits.get(organisationer)));
			session.awaitDiagnostics(underavtal, d -> !noErrors(d), WAIT);
			// then writes the files it has not open, and saves the open one
			for (Map.Entry<Path, List<TextEdit>> file : edits.entrySet()) {
				Files.writeString(file.getKey(), TextEdits.applied(file.getKey(), file.getValue()), StandardCharsets.UTF_8);
			}
			for (Path file : List.of(organisationer, underavtal, avtalet)) {
				session.awaitDiagnostics(file, FileChangesTest::noErrors, WAIT);
			}
		}
	}

	@Test
	void aDeletedFileLeavesItsReferencesReported() throws Exception {
		try (LspSession session = new LspSession(botkyrka)) {
			session.open(avtalet);
			session.awaitDiagnostics(avtalet, FileChangesTest::noErrors, WAIT);
			Files.delete(organisationer);
			List<Diagnostic> shown = session.awaitDiagnostics(avtalet, d -> !noErrors(d), WAIT);
			assertTrue(shown.stream().anyMatch(d -> d.getMessage().getLeft().contains("Polisen")), shown.toString());
		}
	}

	@Test
	void aClientThatWatchesFilesIsAskedToReportModelsAndSettings() throws Exception {
		try (LspSession session = new LspSession(botkyrka, true)) {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
			while (session.registrations.isEmpty() && System.nanoTime() < end) {
				Thread.sleep(50);
			}
			assertEquals(1, session.registrations.size(), session.registrations.toString());
			assertEquals("workspace/didChangeWatchedFiles", session.registrations.get(0).getMethod());
			// the options arrive as JSON, as any client reads them
			String options = String.valueOf(session.registrations.get(0).getRegisterOptions());
			assertTrue(options.contains("\"globPattern\":\"**/*.samverkan\""), options);
			assertTrue(options.contains("\"globPattern\":\"**/samverka.properties\""), options);
		}
	}

	private static boolean noErrors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error);
	}

	private static void replace(Path file, String text, String replacement) throws IOException {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(content.contains(text), file + " holds " + text);
		Files.writeString(file, content.replace(text, replacement), StandardCharsets.UTF_8);
	}

	private static Position position(Path file, String text, int within) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int line = 0; line < lines.size(); line++) {
			int column = lines.get(line).indexOf(text);
			if (column >= 0) {
				return new Position(line, column + within);
			}
		}
		throw new AssertionError(text + " not in " + file);
	}
}
