/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.workbench.tests.Workbench.ui;
import static se.samverka.workbench.tests.Workbench.waitFor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import se.samverka.diagram.ui.view.DiagramSettings;
import se.samverka.diagram.ui.view.DiagramViewPart;
import se.samverka.editor.markers.ProblemMarkers;

/**
 * While a keyword is half typed in Botkyrka's sub-agreement ({@code sty} on the way to
 * {@code styrgrupp}), the diagram view keeps every box, marked out of date, the outline keeps its
 * entries, and the only problem is on that line; once the word is gone, the mark is gone.
 */
class WhileTypingViewTest {
	private static final String LINE = "\tstyrgrupp Styrgruppen \"Styrgrupp\" {";

	@Test
	void aHalfTypedKeywordKeepsTheDiagramMarkedOutOfDateAndTheOutlineWhole() throws Exception {
		ITextEditor editor = Workbench.botkyrkaEditor();
		DiagramViewPart view = ui(() -> {
			Workbench.page().showView(IPageLayout.ID_OUTLINE);
			DiagramViewPart part = (DiagramViewPart) Workbench.page().showView(DiagramViewPart.ID);
			Workbench.page().activate(editor);
			part.show(DiagramSettings.DEFAULT);
			return part;
		});
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		Set<String> intactBoxes = waitFor("the governance diagram drawn", () -> {
			Set<String> boxes = boxes(view);
			return boxes.size() > 30 && !outOfDate(view) ? boxes : null;
		});
		int intactEntries = waitFor("the outline filled and unfolded", () -> {
			unfoldOutline();
			int entries = outlineEntries();
			return entries > 30 ? entries : null;
		}, WhileTypingViewTest::outlineEntries);
		int offset = ui(() -> document.get().indexOf(LINE));
		assertTrue(offset > 0, "Botkyrka's agreement has its steering group");
		int line = ui(() -> document.getLineOfOffset(offset)) + 1;
		int intactErrors = errorMarkers(editor).size();
		try {
			ui(() -> {
				document.replace(offset, 0, "\tsty\n");
				return null;
			});
			waitFor("the diagram marked out of date", () -> outOfDate(view) ? true : null, view::getContentDescription);
			assertEquals(intactBoxes, boxes(view), "every box stays drawn while the word is half typed");
			// the workbench as the reader sees it: the half-typed word, its marker, the diagram marked out of date
			ui(() -> Workbench.screenshot(Workbench.page().getWorkbenchWindow().getShell().getBounds(),
					Workbench.screenshotFile("while-typing.png")));
			waitFor("an error marker naming the word on its line",
					() -> errorMarkers(editor).contains(line + ": 'sty'") ? true : null,
					() -> errorMarkers(editor));
			assertTrue(errorMarkers(editor).size() <= intactErrors + 2, "no errors below the typed line: " + errorMarkers(editor));
			Thread.sleep(3000); // the outline refreshes 0.7 s after an edit
			assertEquals(intactEntries, (int) waitFor("the outline after the edit", WhileTypingViewTest::outlineEntries),
					"the outline keeps its entries");
		} finally {
			ui(() -> {
				editor.doRevertToSaved();
				return null;
			});
		}
		waitFor("the mark gone once the text reads again", () -> outOfDate(view) ? null : true,
				view::getContentDescription);
		assertEquals(intactBoxes, boxes(view));
	}

	/** The view's title line says the diagram is out of date, in Swedish or English. */
	private static boolean outOfDate(DiagramViewPart view) throws Exception {
		return ui(() -> {
			String title = view.shown() == null ? "" : view.shown().diagram().title();
			String description = view.getContentDescription();
			return description.startsWith(title + " \u2013 ")
					&& (description.contains("inaktuellt") || description.contains("out of date"));
		});
	}

	private static Set<String> boxes(DiagramViewPart view) throws Exception {
		String json = ui(() -> view.browser().drawn());
		Set<String> boxes = new HashSet<>();
		if (json != null) {
			JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("boxes").forEach(box -> boxes.add(box.getAsString()));
		}
		return boxes;
	}

	/** The outline's entries as the reader sees them: the headings, the elements and what is unfolded below them. */
	private static Integer outlineEntries() throws Exception {
		return ui(() -> {
			ContentOutline outline = (ContentOutline) Workbench.page().findView(IPageLayout.ID_OUTLINE);
			if (outline == null || !(outline.getCurrentPage().getControl() instanceof Tree tree)) {
				return null;
			}
			return count(tree.getItems());
		});
	}

	/** Unfolds every entry of the outline, as a reader clicking each arrow would. */
	private static void unfoldOutline() throws Exception {
		ui(() -> {
			ContentOutline outline = (ContentOutline) Workbench.page().findView(IPageLayout.ID_OUTLINE);
			if (outline != null && outline.getCurrentPage().getControl() instanceof Tree tree) {
				unfold(tree, tree.getItems());
			}
			return null;
		});
	}

	private static void unfold(Tree tree, TreeItem[] items) {
		for (TreeItem item : items) {
			if (item.getData() != null && item.getItemCount() > 0) {
				Event expand = new Event();
				expand.item = item;
				tree.notifyListeners(SWT.Expand, expand);
				item.setExpanded(true);
				unfold(tree, item.getItems());
			}
		}
	}

	private static int count(TreeItem[] items) {
		int count = 0;
		for (TreeItem item : items) {
			if (item.getData() != null) {
				count += 1 + count(item.getItems());
			}
		}
		return count;
	}

	/** The file's error markers as "line: message", the message cut after the quoted word it names. */
	private static List<String> errorMarkers(ITextEditor editor) throws Exception {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		List<String> errors = new java.util.ArrayList<>();
		for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, 0)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				String message = marker.getAttribute(IMarker.MESSAGE, "");
				int quote = message.indexOf('\'', message.indexOf('\'') + 1);
				errors.add(marker.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
						+ (message.startsWith("'") && quote > 0 ? message.substring(0, quote + 1) : message));
			}
		}
		return errors;
	}
}
