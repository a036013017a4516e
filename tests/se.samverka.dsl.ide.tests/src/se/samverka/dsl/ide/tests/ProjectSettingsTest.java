package se.samverka.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.model.nls.Language;

/**
 * The language server shows findings at the severities of the project settings file beside the
 * models (samverka.properties), as {@code samverka validate} prints them, and follows the file
 * when it changes.
 */
class ProjectSettingsTest {
	@TempDir
	Path folder;

	@Test
	void theDiagnosticsFollowTheSettingsFile() throws Exception {
		Language.use(Language.SWEDISH);
		Path botkyrka = Path.of(System.getProperty("samverka.examples", "../../examples")).resolve("botkyrka");
		try (Stream<Path> files = Files.list(botkyrka)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".samverkan")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		Path settings = Files.writeString(folder.resolve("samverka.properties"),
				"severity.P4 = ignore\nseverity.G8 = error\n", StandardCharsets.UTF_8);
		Path underavtal = folder.resolve("underavtal.samverkan");
		try (LspSession session = new LspSession(folder)) {
			session.open(underavtal);
			List<Diagnostic> shown = until(session, underavtal, d -> count(d, "G8", DiagnosticSeverity.Error) == 12);
			assertEquals(0, count(shown, "P4", null), shown.toString());
			assertEquals(0, count(shown, "G8", DiagnosticSeverity.Warning));
			assertEquals(9, count(shown, "P8", DiagnosticSeverity.Warning), "the other rules as the catalogue says");

			// the user takes P4 back and leaves G8 to the catalogue: the server checks the folder again
			Files.writeString(settings, "# nothing chosen\n", StandardCharsets.UTF_8);
			session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
					List.of(new FileEvent(LspSession.uri(settings), FileChangeType.Changed))));
			shown = until(session, underavtal, d -> count(d, "P4", DiagnosticSeverity.Warning) == 7);
			assertEquals(12, count(shown, "G8", DiagnosticSeverity.Warning), shown.toString());
		}
	}

	/** The diagnostics published for the file, once they are as expected (a rebuild publishes them anew). */
	private static List<Diagnostic> until(LspSession session, Path file, Predicate<List<Diagnostic>> expected)
			throws Exception {
		long end = System.currentTimeMillis() + LspSession.SECONDS * 1000;
		List<Diagnostic> shown = session.diagnostics(file).getDiagnostics();
		while (!expected.test(shown) && System.currentTimeMillis() < end) {
			Thread.sleep(200);
			shown = session.diagnostics(file).getDiagnostics();
		}
		assertTrue(expected.test(shown), shown.toString());
		return shown;
	}

	private static long count(List<Diagnostic> diagnostics, String code, DiagnosticSeverity severity) {
		return diagnostics.stream().filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft()))
				.filter(d -> severity == null || d.getSeverity() == severity).count();
	}
}
