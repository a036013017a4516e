/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.view;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.ui.Messages;
import se.samverka.diagram.ui.actions.ChooseViewAction;
import se.samverka.diagram.ui.actions.ExportDiagramAction;
import se.samverka.diagram.ui.actions.FilterAction;
import se.samverka.diagram.ui.actions.ZoomAction;
import se.samverka.diagram.ui.editing.GovernanceEditing;
import se.samverka.diagram.ui.navigation.ConnectedOnlyAction;
import se.samverka.diagram.ui.navigation.SearchBox;
import se.samverka.editor.server.Uris;

/**
 * The diagram view: the active .samverkan file's agreement as one of the three diagrams, drawn
 * by Sprotty in a browser, laid out by ELK in Java. It redraws as the text is edited, highlights
 * the box of the element at the caret, and a click on a box selects the element in the text.
 */
public class DiagramViewPart extends ViewPart implements ModelEditorTracker.Listener {
	public static final String ID = "se.samverka.diagram.view";
	/** How long typing must pause before the diagram is redrawn. */
	private static final int REDRAW_DELAY_MS = 300;

	private DiagramBrowser browser;
	private GovernanceEditing editing;
	private ModelEditorTracker tracker;
	private DiagramSettings settings = DiagramSettings.DEFAULT;
	private ShownDiagram shown;
	private String uri;
	private String highlighted;
	/** The file and view last drawn: another one is fitted anew, a redraw of the same keeps the zoom. */
	private String drawnKey;
	private int caret = -1;
	private int request;
	private final Runnable redraw = this::redraw;

	@Override
	public void createPartControl(Composite parent) {
		try {
			browser = new DiagramBrowser(parent, this::selectInText, this::openInText);
		} catch (SWTError | IOException unavailable) {
			Label reason = new Label(parent, SWT.WRAP);
			reason.setText(NLS.bind(Messages.Empty_noBrowser, unavailable.getMessage()));
			ILog.of(getClass()).log(new Status(IStatus.ERROR, getClass(), "Samverka: no diagram browser", unavailable));
			return;
		}
		contributeActions();
		editing = new GovernanceEditing(this);
		getSite().setSelectionProvider(editing);
		tracker = new ModelEditorTracker(getSite().getPage(), this);
		tracker.start();
	}

	private void contributeActions() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		for (DiagramView view : DiagramView.values()) {
			ChooseViewAction choose = new ChooseViewAction(this, view);
			toolBar.add(choose);
			menu.add(choose);
		}
		toolBar.add(new Separator());
		toolBar.add(new ZoomAction(this, ZoomAction.Kind.IN));
		toolBar.add(new ZoomAction(this, ZoomAction.Kind.OUT));
		toolBar.add(new ZoomAction(this, ZoomAction.Kind.FIT));
		toolBar.add(new ExportDiagramAction(this, ExportDiagramAction.Format.SVG));
		toolBar.add(new Separator());
		toolBar.add(new ConnectedOnlyAction(this));
		toolBar.add(new SearchBox(this));
		MenuManager filters = new MenuManager(Messages.Filter_menu);
		for (FilterAction.Kind kind : FilterAction.Kind.values()) {
			filters.add(new FilterAction(this, kind));
		}
		menu.add(new Separator());
		menu.add(filters);
		menu.add(new Separator());
		menu.add(new ExportDiagramAction(this, ExportDiagramAction.Format.SVG));
		menu.add(new ExportDiagramAction(this, ExportDiagramAction.Format.PNG));
		menu.add(new ExportDiagramAction(this, ExportDiagramAction.Format.PRINTED_SVG));
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.control().setFocus();
		}
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.stop();
		}
		super.dispose();
	}

	public DiagramSettings settings() {
		return settings;
	}

	public void show(DiagramSettings newSettings) {
		settings = newSettings;
		redraw();
	}

	/** The diagram as drawn now, laid out; null while there is none. */
	public ShownDiagram shown() {
		return shown;
	}

	public DiagramBrowser browser() {
		return browser;
	}

	/** The file whose diagram is shown, as the language server knows it; null when none. */
	public String uri() {
		return uri;
	}

	/** The editor of the file whose diagram is shown; null when none. */
	public ITextEditor editor() {
		return tracker == null ? null : tracker.editor();
	}

	public GovernanceEditing editing() {
		return editing;
	}

	@Override
	public void editorChanged(ITextEditor editor, String editorUri) {
		uri = editorUri;
		drawnKey = null; // another editor, even on the same file again: fit its diagram anew
		highlighted = null;
		caret = -1;
		redraw();
	}

	@Override
	public void textChanged() {
		Display display = getSite().getShell().getDisplay();
		display.timerExec(-1, redraw);
		display.timerExec(REDRAW_DELAY_MS, redraw);
	}

	@Override
	public void caretMoved(int offset) {
		caret = offset;
		highlightAtCaret();
	}

	private void redraw() {
		if (browser == null || browser.control().isDisposed()) {
			return;
		}
		if (uri == null) {
			shown = null;
			browser.empty(Messages.Empty_noEditor);
			return;
		}
		int thisRequest = ++request;

		String requestedUri = uri;
		Display display = browser.control().getDisplay();
		DiagramOfDocument.of(requestedUri, settings).whenComplete((result, failure) -> display.asyncExec(() -> {
			// only the newest request is drawn: an older answer may arrive after a newer one
			if (thisRequest != request || browser.control().isDisposed()) {
				return;
			}
			if (failure != null) {
				ILog.of(getClass()).log(new Status(IStatus.ERROR, getClass(), "Samverka: diagram of " + requestedUri, failure));
				return;
			}
			draw(result, requestedUri);
		}));
	}

	private void draw(DiagramOfDocument.Result result, String requestedUri) {
		String name = requestedUri.substring(requestedUri.lastIndexOf('/') + 1);
		if (result.missing() == DiagramOfDocument.Missing.BEING_PARSED) {
			browser.control().getDisplay().timerExec(REDRAW_DELAY_MS, redraw);
			return;
		}
		if (result.diagram() == null) {
			shown = null;
			browser.empty(NLS.bind(result.missing() == DiagramOfDocument.Missing.NO_AGREEMENT
					? Messages.Empty_noAgreement : Messages.Empty_notParsed, name));
			return;
		}
		String drawnBefore = drawnKey;
		drawnKey = requestedUri + " " + settings.view();
		boolean redrawn = shown != result.diagram();
		shown = result.diagram();
		setContentDescription(result.outOfDate() ? NLS.bind(Messages.Diagram_outOfDate, shown.diagram().title())
				: shown.diagram().title());
		boolean newDiagram = !drawnKey.equals(drawnBefore);
		if (redrawn || newDiagram) {
			browser.show(shown.sprottyModel(), newDiagram);
		}
		String highlightedBefore = highlighted;
		highlighted = null;
		if (!newDiagram && highlightedBefore != null && highlightedBefore.equals(boxAtCaret())) {
			// a redraw of the same box: selected again where it is, so the view does not scroll while one types
			highlighted = highlightedBefore;
			browser.select(highlighted);
		} else {
			highlightAtCaret();
		}
		editing.drawn();
	}

	private String boxAtCaret() {
		return shown == null || caret < 0 ? null : shown.boxAt(uri, caret);
	}

	private void highlightAtCaret() {
		String box = boxAtCaret();
		if (box != null && !box.equals(highlighted)) {
			highlighted = box;
			browser.highlight(box);
		}
	}

	/** A click on a box: its element's name is selected in the text, if it is written in this file. */
	private void selectInText(String boxId) {
		editing.selected(boxId);
		ElementRange range = shown == null ? null : shown.ranges().get(boxId);
		ITextEditor editor = tracker.editor();
		if (range == null || editor == null || boxId.equals(highlighted) || !range.uri().equals(uri)) {
			return;
		}
		highlighted = boxId;
		editor.selectAndReveal(range.nameOffset(), range.nameLength());
	}

	/** A double click on a box: its element in the text, opening the file it is written in. */
	private void openInText(String boxId) {
		ElementRange range = shown == null ? null : shown.ranges().get(boxId);
		IFile file = range == null ? null : Uris.file(range.uri());
		if (file == null) {
			return;
		}
		try {
			if (IDE.openEditor(getSite().getPage(), file, true) instanceof ITextEditor editor) {
				editor.selectAndReveal(range.nameOffset(), range.nameLength());
			}
		} catch (PartInitException failed) {
			ILog.of(getClass()).log(failed.getStatus());
		}
	}
}
