/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.model.NamedElement;
import se.samverka.validation.Finding;

/** What the three generators share: one node per model element, ids from names, findings on nodes. */
final class DiagramBuilder {
	private final Diagram diagram;
	private final Map<EObject, DiagramNode> nodes = new HashMap<>();
	private int anonymous;

	DiagramBuilder(String title) {
		diagram = new Diagram(title);
	}

	Diagram diagram() {
		return diagram;
	}

	/** The node of an element, made in the given parent the first time it is asked for. */
	DiagramNode node(EObject element, DiagramNode parent, String kind, String label) {
		DiagramNode existing = nodes.get(element);
		if (existing != null) {
			return existing;
		}
		String id = element instanceof NamedElement named && named.getName() != null
				? kind + ":" + named.getName()
				: kind + ":" + (++anonymous);
		DiagramNode node = parent.add(new DiagramNode(id, kind, label, element));
		nodes.put(element, node);
		return node;
	}

	DiagramNode nodeOf(EObject element) {
		return nodes.get(element);
	}

	void connect(EObject source, EObject target, String kind, String label) {
		DiagramNode from = nodes.get(source);
		DiagramNode to = nodes.get(target);
		if (from != null && to != null && from != to) {
			diagram.connect(from, to, kind, label);
		}
	}

	/** Puts each finding's code on the node of its element, or of the nearest element shown. */
	void attach(List<Finding> findings) {
		for (Finding finding : findings) {
			for (EObject element = finding.element(); element != null; element = element.eContainer()) {
				DiagramNode node = nodes.get(element);
				if (node != null) {
					if (!node.findings().contains(finding.rule().name())) {
						node.findings().add(finding.rule().name());
					}
					break;
				}
			}
		}
	}
}
