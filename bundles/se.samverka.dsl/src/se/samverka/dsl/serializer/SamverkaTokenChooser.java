/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.serializer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;

import se.samverka.model.Frequency;

/**
 * Chooses the words the grammar leaves open when a model is written out without its original
 * text (for example after loading XMI): "1 gång per år" but "2 gånger per år".
 */
public class SamverkaTokenChooser extends SamverkaSyntacticSequencer {

	@Override
	protected String getTimesWordToken(EObject semanticObject, RuleCall ruleCall, INode node) {
		if (node != null) {
			return getTokenText(node);
		}
		return semanticObject instanceof Frequency frequency && frequency.getTimes() == 1 ? "gång" : "gånger";
	}
}
