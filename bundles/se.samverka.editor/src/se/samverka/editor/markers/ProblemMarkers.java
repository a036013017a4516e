/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.server.Positions;

/**
 * The server's diagnostics of a file as problem markers: in the editor's ruler, on the text, and
 * in the Problems view. Each marker keeps the rule's code, so quick fixes can ask for their fix.
 */
public final class ProblemMarkers {
	public static final String TYPE = "se.samverka.editor.problem";
	public static final String CODE = "code";

	private ProblemMarkers() {
	}

	public static void replace(IFile file, List<Diagnostic> diagnostics) {
		IWorkspaceRunnable update = monitor -> {
			if (!file.exists()) {
				return;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			IDocument text = textOf(file);
			for (Diagnostic diagnostic : diagnostics) {
				// the server already gave the severity the user chose (preferences, samverka.properties)
				int severity = markerSeverity(diagnostic.getSeverity());
				Map<String, Object> attributes = new HashMap<>();
				attributes.put(IMarker.MESSAGE, message(diagnostic));
				attributes.put(IMarker.SEVERITY, severity);
				attributes.put(IMarker.LINE_NUMBER, diagnostic.getRange().getStart().getLine() + 1);
				attributes.put(IMarker.LOCATION, location(diagnostic.getRange()));
				if (code(diagnostic) != null) {
					attributes.put(CODE, code(diagnostic));
				}
				try {
					int[] region = Positions.region(text, diagnostic.getRange());
					attributes.put(IMarker.CHAR_START, region[0]);
					attributes.put(IMarker.CHAR_END, region[0] + Math.max(1, region[1]));
				} catch (BadLocationException outsideText) {
					// the line number alone still places the marker
				}
				file.createMarker(TYPE, attributes);
			}
		};
		try {
			ResourcesPlugin.getWorkspace().run(update, file, IResource.NONE, null);
		} catch (CoreException | RuntimeException failed) {
			EditorPlugin.log("Samverka: markers not written for " + file, failed);
		}
	}

	private static int markerSeverity(DiagnosticSeverity severity) {
		return severity == DiagnosticSeverity.Error ? IMarker.SEVERITY_ERROR
				: severity == DiagnosticSeverity.Warning ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
	}

	/** LSP 3.18 lets a message be markup; the marker shows its text. */
	static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage() == null ? "" : diagnostic.getMessage().map(text -> text, markup -> markup.getValue());
	}

	public static String code(Diagnostic diagnostic) {
		return diagnostic.getCode() == null ? null : diagnostic.getCode().map(s -> s, n -> Integer.toString(n));
	}

	/** The LSP diagnostic a marker stands for (range and code), so the server can offer its fixes. */
	public static Diagnostic diagnostic(IMarker marker, IDocument text) throws BadLocationException {
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		Range range;
		if (start >= 0 && end >= start) {
			range = new Range(Positions.position(text, start), Positions.position(text, end));
		} else {
			int line = Math.max(0, marker.getAttribute(IMarker.LINE_NUMBER, 1) - 1);
			range = new Range(new Position(line, 0), new Position(line, 0));
		}
		Diagnostic diagnostic = new Diagnostic(range, marker.getAttribute(IMarker.MESSAGE, ""));
		String code = marker.getAttribute(CODE, null);
		if (code != null) {
			diagnostic.setCode(code);
		}
		diagnostic.setSeverity(switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
		case IMarker.SEVERITY_ERROR -> DiagnosticSeverity.Error;
		case IMarker.SEVERITY_WARNING -> DiagnosticSeverity.Warning;
		default -> DiagnosticSeverity.Information;
		});
		return diagnostic;
	}

	private static String location(Range range) {
		return (range.getStart().getLine() + 1) + ":" + (range.getStart().getCharacter() + 1);
	}

	/** The text the diagnostics' positions refer to: the open editor's if there is one, else the file's. */
	public static IDocument textOf(IFile file) throws CoreException {
		ITextFileBuffer open = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (open != null) {
			return open.getDocument();
		}
		try (var in = file.getContents(true)) {
			return new Document(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		} catch (java.io.IOException unreadable) {
			return new Document();
		}
	}
}
