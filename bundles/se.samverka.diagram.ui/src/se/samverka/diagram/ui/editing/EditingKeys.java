/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.editing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

import se.samverka.diagram.ui.view.DiagramViewPart;

/**
 * The diagram's keys: Ctrl+Z and Ctrl+Y undo and redo in the diagram's editor, Delete deletes
 * the selected box, F2 renames it in place, Esc disarms a tool or cancels a rename.
 * <p>
 * A key pressed in the browser reaches the workbench's key bindings (Edit > Undo, Redo, Delete,
 * File > Rename, which run this view's actions) and then the page as well. A binding does not
 * always run: SWT gives Delete to the page before the binding (an "out of order" key), and a
 * binding needs the view's handlers active. So the page reports these keys too, and a key the
 * page reports is acted on only when no binding acted on that key press: each press acts once.
 */
final class EditingKeys {
	/** The keys the page reports, by the name it sends. */
	enum Key {
		UNDO, REDO, DELETE, RENAME
	}

	/** How long a key press a binding acted on waits for the page's report of it, beyond which it is let go. */
	private static final long REPORT_WAIT_NANOS = 10_000_000_000L;

	private final DiagramViewPart view;
	private final Map<Key, Deque<Long>> ranByBinding = new EnumMap<>(Key.class);
	/** Whether a title is being typed in place: its own Ctrl+Z and Delete act on the typing. */
	private boolean renaming;

	EditingKeys(DiagramViewPart view) {
		this.view = view;
		for (Key key : Key.values()) {
			ranByBinding.put(key, new ArrayDeque<>());
		}
		IActionBars bars = view.getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new KeyAction(Key.UNDO));
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new KeyAction(Key.REDO));
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), new KeyAction(Key.DELETE));
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), new KeyAction(Key.RENAME));
		bars.updateActionBars();
		// SWT's Browser keeps Esc from the page (it is the key of traversal): Esc disarms the tool or cancels a
		// rename all the same, whether SWT reports it as a traversal or as a key (escape() does nothing twice)
		view.browser().control().addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				view.browser().execute("window.samverka.editing.escape()");
			}
		});
		view.browser().control().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ESC) {
				view.browser().execute("window.samverka.editing.escape()");
			}
		});
	}

	/**
	 * The page heard one of the keys: acted on, unless a binding acted on this very key press. The
	 * page reports a key after the binding ran for it, however busy the workbench was meanwhile.
	 */
	void heardInPage(Key key) {
		Deque<Long> ran = ranByBinding.get(key);
		long now = System.nanoTime();
		while (!ran.isEmpty() && now - ran.peekFirst() > REPORT_WAIT_NANOS) {
			ran.removeFirst(); // a key press the page never reported
		}
		if (ran.pollFirst() == null) {
			act(key);
		}
	}

	/** The page started or ended typing a title in place. */
	void renaming(boolean active) {
		renaming = active;
	}

	private void act(Key key) {
		switch (key) {
		// while a title is typed, the page's text field undoes and deletes its own letters
		case UNDO -> {
			if (!renaming) {
				editorAction(ITextEditorActionConstants.UNDO);
			}
		}
		case REDO -> {
			if (!renaming) {
				editorAction(ITextEditorActionConstants.REDO);
			}
		}
		case DELETE -> view.browser().execute("window.samverka.editing.deleteSelected()");
		case RENAME -> view.browser().execute("window.samverka.editing.renameSelected()");
		}
	}

	/** Runs the editor's undo or redo, as the editor's own Ctrl+Z / Ctrl+Y would. */
	private void editorAction(String actionId) {
		ITextEditor editor = view.editor();
		var action = editor == null ? null : editor.getAction(actionId);
		if (action != null) {
			action.run();
		}
	}

	/** The view's Undo, Redo, Delete or Rename, which the workbench runs for the key (or its menu). */
	private final class KeyAction extends Action {
		private final Key key;

		KeyAction(Key key) {
			this.key = key;
		}

		/** By a key binding, the event is the key's; by the menu, a selection's (no key), which the page does not hear. */
		@Override
		public void runWithEvent(Event event) {
			if (event != null && (event.type == SWT.KeyDown || event.keyCode != 0)) {
				ranByBinding.get(key).addLast(System.nanoTime());
			}
			act(key);
		}

		@Override
		public void run() {
			act(key);
		}
	}
}
