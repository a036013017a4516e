/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.Reconciler;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Display;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.server.Uris;
import se.samverka.editor.server.WorkbenchLanguageServer;

/** Folding of every block ({ … } over several lines), as the language server finds them, kept current while typing. */
public class SamverkaFolding extends Reconciler {

	public SamverkaFolding() {
		setReconcilingStrategy(new Strategy(), IDocument.DEFAULT_CONTENT_TYPE);
		setDelay(500);
	}

	private ProjectionViewer viewer;

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		viewer = textViewer instanceof ProjectionViewer projection ? projection : null;
	}

	private final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void initialReconcile() {
			update();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			update();
		}

		@Override
		public void reconcile(IRegion partition) {
			update();
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
		}

		private void update() {
			if (viewer == null || document == null) {
				return;
			}
			String uri = Uris.of(document);
			if (uri == null) {
				return;
			}
			List<FoldingRange> ranges = WorkbenchLanguageServer
					.await(EditorPlugin.get().server().services().foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
			if (ranges == null) {
				return;
			}
			List<Position> positions = new ArrayList<>();
			for (FoldingRange range : ranges) {
				try {
					int start = document.getLineOffset(range.getStartLine());
					int endLine = Math.min(range.getEndLine(), document.getNumberOfLines() - 1);
					int end = document.getLineOffset(endLine) + document.getLineLength(endLine);
					if (range.getEndLine() > range.getStartLine()) {
						positions.add(new Position(start, end - start));
					}
				} catch (BadLocationException stale) {
					// the next round sees the new text
				}
			}
			Display.getDefault().asyncExec(() -> apply(positions));
		}

		/** Replaces the folds, keeping those that did not move (so a collapsed block stays collapsed). */
		private void apply(List<Position> positions) {
			ProjectionAnnotationModel model = viewer == null ? null : viewer.getProjectionAnnotationModel();
			if (model == null) {
				return;
			}
			Map<Position, Annotation> existing = new HashMap<>();
			model.getAnnotationIterator().forEachRemaining(annotation -> existing.put(model.getPosition(annotation), annotation));
			Map<ProjectionAnnotation, Position> added = new HashMap<>();
			for (Position position : positions) {
				if (existing.remove(position) == null) {
					added.put(new ProjectionAnnotation(), position);
				}
			}
			model.modifyAnnotations(existing.values().toArray(Annotation[]::new), added, null);
		}
	}
}
