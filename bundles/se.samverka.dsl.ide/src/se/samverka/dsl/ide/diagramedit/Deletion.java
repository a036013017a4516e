/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import se.samverka.model.Chair;
import se.samverka.model.Membership;
import se.samverka.model.Suppression;

/**
 * Deleting an element from the diagram, as a diagram editor deletes a box: the lines to it go
 * too. A reference to it (or to anything inside it) is taken out of its list or its clause
 * ({@code rapporterar till …}), and the statement that holds it goes when it means nothing
 * without it (a member who is the deleted role, a chair that is it, an exception for it).
 */
final class Deletion {
	private Deletion() {
	}

	/** The references into the element from the rest of the folder, in text order per file. */
	static List<DanglingReference> danglingReferences(EObject element) {
		List<DanglingReference> dangling = new ArrayList<>();
		for (Setting setting : referencesTo(element)) {
			if (!FolderModel.within(setting.getEObject(), element)) {
				dangling.add(describe(setting, target(setting, element)));
			}
		}
		dangling.sort(java.util.Comparator.comparing(DanglingReference::file).thenComparingInt(DanglingReference::line)
				.thenComparingInt(DanglingReference::column));
		return dangling;
	}

	/** Deletes the element from the model, and the references to it from the text (see {@link ClauseText}). */
	static void delete(EObject element, ClauseText text) {
		for (Setting setting : referencesTo(element)) {
			EObject referrer = setting.getEObject();
			if (FolderModel.within(referrer, element) || referrer.eResource() == null) {
				continue;
			}
			EReference reference = (EReference) setting.getEStructuralFeature();
			if (meansNothingWithout(referrer, reference)) {
				EcoreUtil.remove(referrer);
			} else if (reference.isMany()) {
				List<?> values = (List<?>) referrer.eGet(reference);
				List<Integer> gone = new ArrayList<>();
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i) instanceof EObject target && FolderModel.within(target, element)) {
						gone.add(i);
					}
				}
				if (gone.size() == values.size()) {
					text.removeClause(referrer, reference);
				} else {
					gone.forEach(index -> text.removeListItem(referrer, reference, index));
				}
			} else {
				text.removeClause(referrer, reference);
			}
		}
		EcoreUtil.remove(element);
	}

	private static boolean meansNothingWithout(EObject referrer, EReference reference) {
		return referrer instanceof Suppression
				|| referrer instanceof Membership member && reference.getName().equals("role")
				|| referrer instanceof Chair chair && (reference.getName().equals("role")
						|| reference.getName().equals("appointedBy")
						|| reference.getName().equals("rotatesBetween") && chair.getRotatesBetween().size() == 1);
	}

	private static List<Setting> referencesTo(EObject element) {
		List<EObject> targets = new ArrayList<>();
		targets.add(element);
		element.eAllContents().forEachRemaining(targets::add);
		Map<EObject, Collection<Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(targets,
				element.eResource().getResourceSet());
		List<Setting> settings = new ArrayList<>();
		usages.values().forEach(settings::addAll);
		return settings;
	}

	private static EObject target(Setting setting, EObject element) {
		Object value = setting.get(true);
		if (value instanceof Collection<?> values) {
			for (Object one : values) {
				if (one instanceof EObject target && FolderModel.within(target, element)) {
					return target;
				}
			}
		}
		return value instanceof EObject target ? target : element;
	}

	private static DanglingReference describe(Setting setting, EObject target) {
		EObject referrer = setting.getEObject();
		List<INode> nodes = NodeModelUtils.findNodesForFeature(referrer, setting.getEStructuralFeature());
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(referrer) : nodes.get(0);
		if (setting.getEStructuralFeature().isMany()) {
			int index = ((List<?>) referrer.eGet(setting.getEStructuralFeature())).indexOf(target);
			if (index >= 0 && index < nodes.size()) {
				node = nodes.get(index);
			}
		}
		String file = referrer.eResource().getURI().toString();
		if (node == null) {
			return new DanglingReference(file, 0, 0, "");
		}
		String text = node.getRootNode().getText();
		int offset = node.getOffset();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int lineEnd = text.indexOf('\n', offset);
		String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
		return new DanglingReference(file, node.getStartLine(), offset - lineStart + 1, line);
	}
}
