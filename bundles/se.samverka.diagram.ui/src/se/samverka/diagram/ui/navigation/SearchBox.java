/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.navigation;

import org.eclipse.jface.action.ControlContribution;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.samverka.diagram.ui.Messages;
import se.samverka.diagram.ui.view.DiagramViewPart;
import se.samverka.diagram.ui.view.ShownDiagram;

/**
 * The search box in the diagram view's tool bar: Enter selects and centres the first box whose
 * title holds the text, Enter again the next; beside it, which match this is, or that none was found.
 */
public final class SearchBox extends ControlContribution {
	public static final String ID = "se.samverka.diagram.search";
	private final DiagramViewPart part;
	private final BoxSearch search = new BoxSearch();
	private Text text;
	private Label result;

	public SearchBox(DiagramViewPart part) {
		super(ID);
		this.part = part;
	}

	@Override
	protected Control createControl(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginHeight = 0;
		layout.marginWidth = 2;
		box.setLayout(layout);
		text = new Text(box, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage(Messages.Search_message);
		text.setToolTipText(Messages.Search_tip);
		GridData textData = new GridData(SWT.FILL, SWT.CENTER, false, false);
		textData.widthHint = 160;
		text.setLayoutData(textData);
		text.addListener(SWT.DefaultSelection, event -> find());
		text.addListener(SWT.Modify, event -> showResult(""));
		result = new Label(box, SWT.NONE);
		GridData resultData = new GridData(SWT.FILL, SWT.CENTER, false, false);
		// room for the longest text it shows, so the tool bar does not jump
		result.setText(Messages.Search_notFound);
		resultData.widthHint = result.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 20;
		result.setText("");
		result.setLayoutData(resultData);
		return box;
	}

	/** Goes to the next box whose title holds the text. */
	public void find() {
		ShownDiagram shown = part.shown();
		BoxSearch.Match match = shown == null ? null : search.next(shown.diagram(), text.getText());
		if (match == null) {
			showResult(text.getText().isBlank() ? "" : Messages.Search_notFound);
			return;
		}
		part.browser().highlight(match.box().id());
		showResult(NLS.bind(Messages.Search_found, match.number(), match.count()));
	}

	private void showResult(String message) {
		if (!result.isDisposed()) {
			result.setText(message);
		}
	}

	public Text text() {
		return text;
	}

	/** Which match is shown, or that there was none; empty before a search. */
	public String result() {
		return result.getText();
	}
}
