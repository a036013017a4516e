/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import se.samverka.model.Model;
import se.samverka.model.NamedElement;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.labels.KindNames;
import se.samverka.model.nls.Texts;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;
import se.samverka.dsl.workspace.IssueCodes;
import se.samverka.validation.Rule;
import se.samverka.validation.RuleCodes;
import se.samverka.validation.Severities;

/**
 * Brings the rule catalogue (se.samverka.validation) into Xtext, so the editor, the language
 * server and the command line report the same findings. Rule S1 is Xtext's own here: unresolved
 * references come from the linker, duplicate names from the qualified names the DSL gives.
 */
public class SamverkaValidator extends AbstractSamverkaValidator {
	private static final Texts TEXTS = new Texts(SamverkaValidator.class, "se.samverka.dsl.validation.messages");

	@Inject
	private IQualifiedNameProvider names;

	private final ModelValidator rules = new ModelValidator();

	@Check
	public void ruleCatalogue(Model model) {
		ModelValidator.Result result = rules.validate(model);
		LastValidation.record(model, result);
		reportUnusableSettings(model);
		for (Finding finding : result.findings()) {
			if (finding.rule() == Rule.S1) {
				continue;
			}
			// the severity is the user's choice where there is one (RuleSeverities); ignore drops the finding
			addIssue(finding.message(), finding.element(), finding.feature(), finding.rule().code());
		}
	}

	/** A project settings file that cannot be read is said on each model it would apply to, rather than silently ignored. */
	private void reportUnusableSettings(Model model) {
		try {
			RuleSeverities.projectSettings(model.eResource());
		} catch (Severities.InvalidSettingsException unusable) {
			for (String problem : unusable.problems()) {
				// at the top of the file, not over the whole model: the file itself is fine
				getMessageAcceptor().acceptWarning(problem, model, 0, 0, IssueCodes.SETTINGS);
			}
		}
	}

	/** S1: two elements of the same kind may not share a qualified name. */
	@Check
	public void namesAreUniqueInTheirScope(Model model) {
		Map<String, NamedElement> seen = new HashMap<>();
		for (var contents = model.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (!(object instanceof NamedElement element)) {
				continue;
			}
			QualifiedName name = names.getFullyQualifiedName(element);
			if (name == null) {
				continue;
			}
			String key = element.eClass().getName() + ":" + name;
			if (seen.putIfAbsent(key, element) != null) {
				addIssue(TEXTS.get("duplicateName", KindNames.of(element.eClass()), element.getName()), element,
						SamverkaPackage.Literals.NAMED_ELEMENT__NAME, RuleCodes.S1);
			}
		}
	}
}
