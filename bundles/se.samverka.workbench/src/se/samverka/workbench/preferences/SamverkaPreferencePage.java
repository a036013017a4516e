/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.preferences;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

import java.util.List;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.handlers.ValidateModelsJob;
import se.samverka.editor.markers.SeverityPreferences;
import se.samverka.model.nls.Language;
import se.samverka.validation.Rule;
import se.samverka.workbench.Messages;
import se.samverka.workbench.WorkbenchPlugin;

/**
 * Samverka's preferences: the language of the workbench (read by the start script at the next
 * start) and, per validation rule, how its findings are shown.
 */
public class SamverkaPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	/** Read by the start script: "sv" or "en". */
	public static final String LANGUAGE = "language";
	private static final String[] SEVERITIES = { SeverityPreferences.DEFAULT, SeverityPreferences.ERROR, SeverityPreferences.WARNING,
			SeverityPreferences.INFO, SeverityPreferences.IGNORE };

	private Combo language;
	private final Map<Rule, Combo> severities = new LinkedHashMap<>();

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.Preferences_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.Preferences_language);
		language = new Combo(page, SWT.READ_ONLY);
		language.setItems(Messages.Preferences_swedish, Messages.Preferences_english);
		language.select("en".equals(languageNode().get(LANGUAGE, "sv")) ? 1 : 0);
		Label restart = new Label(page, SWT.WRAP);
		restart.setText(Messages.Preferences_languageRestart);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(restart);

		Group rules = new Group(page, SWT.NONE);
		rules.setText(Messages.Preferences_severities);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 360).applyTo(rules);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(rules);
		ScrolledComposite scroll = new ScrolledComposite(rules, SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
		Composite table = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(table);
		String[] choices = { Messages.Preferences_default, Messages.Preferences_error, Messages.Preferences_warning,
				Messages.Preferences_info, Messages.Preferences_ignore };
		for (Rule rule : Rule.values()) {
			Label label = new Label(table, SWT.NONE);
			label.setText(rule.code() + "  " + summary(rule));
			label.setToolTipText(rule.description(Language.current()));
			GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(label);
			Combo choice = new Combo(table, SWT.READ_ONLY);
			choice.setItems(choices);
			choice.select(Math.max(0, List.of(SEVERITIES).indexOf(SeverityPreferences.choice(rule.code()))));
			severities.put(rule, choice);
		}
		scroll.setContent(table);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(table.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		return page;
	}

	/** The rule's title, as the catalogue names it. */
	private static String summary(Rule rule) {
		String title = rule.title(Language.current());
		return title == null ? "" : title;
	}

	@Override
	protected void performDefaults() {
		language.select(0);
		severities.values().forEach(choice -> choice.select(0));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IEclipsePreferences languages = languageNode();
		languages.put(LANGUAGE, language.getSelectionIndex() == 1 ? "en" : "sv");
		IEclipsePreferences rules = SeverityPreferences.node();
		boolean changed = false;
		for (Map.Entry<Rule, Combo> entry : severities.entrySet()) {
			String key = SeverityPreferences.PREFIX + entry.getKey().code();
			String chosen = SEVERITIES[Math.max(0, entry.getValue().getSelectionIndex())];
			changed |= !chosen.equals(rules.get(key, SeverityPreferences.DEFAULT));
			if (SeverityPreferences.DEFAULT.equals(chosen)) {
				rules.remove(key);
			} else {
				rules.put(key, chosen);
			}
		}
		try {
			languages.flush();
			rules.flush();
		} catch (BackingStoreException notSaved) {
			WorkbenchPlugin.log("Samverka: preferences not saved", notSaved);
		}
		if (changed) {
			// the markers show the new severities once the models are checked again
			EditorPlugin.get().severityPreferencesChanged();
			new ValidateModelsJob(List.of(ResourcesPlugin.getWorkspace().getRoot())).schedule();
		}
		return true;
	}

	private static IEclipsePreferences languageNode() {
		return InstanceScope.INSTANCE.getNode(WorkbenchPlugin.ID);
	}
}
