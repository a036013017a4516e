/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import se.samverka.model.Activity;
import se.samverka.model.Body;
import se.samverka.model.Coordinator;
import se.samverka.model.Finding;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.NamedElement;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.PriorityArea;
import se.samverka.model.Role;
import se.samverka.model.TargetGroup;

/**
 * Semantic colouring, which the lexical scanner cannot give: what a name refers to (a party, a
 * body, a role or person, a finding or priority area or measure) and where an element is
 * declared. Computed from the linked model, so an unresolved name gets no colour.
 */
public final class SemanticHighlights {

	/** The kinds of highlighted text; the editor gives each a colour. */
	public enum Style {
		DECLARATION, ORGANISATION, BODY, PERSON, PLAN, COMMUNICATION
	}

	public record Highlight(int offset, int length, Style style) {
	}

	private SemanticHighlights() {
	}

	public static List<Highlight> of(XtextResource resource) {
		List<Highlight> highlights = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return highlights;
		}
		ILocationInFileProvider locations = resource.getResourceServiceProvider().get(ILocationInFileProvider.class);
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof NamedElement named && named.getName() != null) {
				ITextRegion name = locations.getSignificantTextRegion(element);
				if (name != null && name.getLength() > 0) {
					highlights.add(new Highlight(name.getOffset(), name.getLength(), Style.DECLARATION));
				}
			}
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()
						&& !reference.isTransient()) {
					references(element, reference, highlights);
				}
			}
		}
		highlights.sort(Comparator.comparingInt(Highlight::offset));
		return highlights;
	}

	private static void references(EObject element, EReference reference, List<Highlight> highlights) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
		if (nodes.isEmpty()) {
			return;
		}
		List<?> targets = reference.isMany() ? (List<?>) element.eGet(reference, false) : List.of(element.eGet(reference, false));
		// the nodes are in the order of the text, as the targets are in the list
		for (int i = 0; i < nodes.size() && i < targets.size(); i++) {
			if (targets.get(i) instanceof EObject target && !target.eIsProxy()) {
				Style style = styleOf(target);
				INode node = nodes.get(i);
				if (style != null) {
					highlights.add(new Highlight(node.getOffset(), node.getLength(), style));
				}
			}
		}
	}

	private static Style styleOf(EObject target) {
		if (target instanceof Organisation) {
			return Style.ORGANISATION;
		}
		if (target instanceof Body) {
			return Style.BODY;
		}
		if (target instanceof Role || target instanceof Person || target instanceof Coordinator) {
			return Style.PERSON;
		}
		if (target instanceof Finding || target instanceof PriorityArea || target instanceof Measure
				|| target instanceof Goal) {
			return Style.PLAN;
		}
		if (target instanceof TargetGroup || target instanceof Activity) {
			return Style.COMMUNICATION;
		}
		return null;
	}
}
