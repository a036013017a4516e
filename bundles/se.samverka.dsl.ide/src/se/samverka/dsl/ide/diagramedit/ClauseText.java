/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The edits Xtext's change serializer does not write from a model change: taking an optional
 * clause out of a statement ({@code rapporterar till Styrgruppen}, {@code sammanträder 4 gånger
 * per år}), one name out of a list, and an enumeration's word. Its partial serializer would
 * leave the clause's keywords behind ({@code rapporterar till}) and cannot write an enumeration
 * on its own; so these are cut in the text the node model locates, and the model is left as it
 * was for the serializer. A clause that was a line of its own goes with its line.
 */
final class ClauseText {
	/** A change of a file's text, in its offsets before any change. */
	record Cut(String file, int offset, int length, String text) {
	}

	private final List<Cut> cuts = new ArrayList<>();

	List<Cut> cuts() {
		return cuts;
	}

	/** Takes out the clause of an optional feature: its keywords and its value. */
	void removeClause(EObject owner, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (nodes.isEmpty()) {
			return;
		}
		INode first = nodes.get(0);
		int start = startOfKeywords(first, assignmentOf(owner, feature));
		int end = nodes.get(nodes.size() - 1).getEndOffset();
		cutLineOrPart(first, start, end, "");
	}

	/** Takes one value out of a list feature, with its comma; the last one takes the clause. */
	void removeListItem(EObject owner, EStructuralFeature feature, int index) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (nodes.size() <= 1) {
			removeClause(owner, feature);
			return;
		}
		INode item = nodes.get(index);
		if (index > 0) {
			cut(item, nodes.get(index - 1).getEndOffset(), item.getEndOffset(), "");
		} else {
			cut(item, item.getOffset(), nodes.get(1).getOffset(), "");
		}
	}

	/** Writes another word for an enumeration feature (a body's kind). */
	void replaceWord(EObject owner, EStructuralFeature feature, String word) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (!nodes.isEmpty()) {
			cut(nodes.get(0), nodes.get(0).getOffset(), nodes.get(0).getEndOffset(), word);
		}
	}

	/** Where the keywords that open the feature's clause in the grammar begin ("rapporterar till"). */
	/** The assignment of the feature in the grammar rule that wrote the owner. */
	private static Assignment assignmentOf(EObject owner, EStructuralFeature feature) {
		INode node = NodeModelUtils.getNode(owner);
		EObject grammarElement = node == null ? null : node.getGrammarElement();
		AbstractRule rule = grammarElement instanceof RuleCall call ? call.getRule()
				: grammarElement instanceof AbstractRule itself ? itself : GrammarUtil.containingRule(grammarElement);
		if (rule == null) {
			return null;
		}
		return GrammarUtil.containedAssignments(rule).stream()
				.filter(assignment -> assignment.getFeature().equals(feature.getName())).findFirst().orElse(null);
	}

	private static int startOfKeywords(INode value, Assignment assignment) {
		int keywords = 0;
		if (assignment != null && assignment.eContainer() instanceof Group group) {
			for (AbstractElement element : group.getElements()) {
				if (element == assignment) {
					break;
				}
				keywords = element instanceof Keyword ? keywords + 1 : 0;
			}
		}
		int start = value.getOffset();
		List<ILeafNode> before = new ArrayList<>();
		for (ILeafNode leaf : value.getRootNode().getLeafNodes()) {
			if (leaf.getOffset() >= value.getOffset()) {
				break;
			}
			if (!leaf.isHidden()) {
				before.add(leaf);
			}
		}
		for (int i = before.size() - 1; i >= 0 && keywords > 0; i--, keywords--) {
			start = before.get(i).getOffset();
		}
		return start;
	}

	private void cutLineOrPart(INode node, int start, int end, String text) {
		String all = node.getRootNode().getText();
		int lineStart = start;
		while (lineStart > 0 && (all.charAt(lineStart - 1) == ' ' || all.charAt(lineStart - 1) == '\t')) {
			lineStart--;
		}
		int lineEnd = end;
		while (lineEnd < all.length() && (all.charAt(lineEnd) == ' ' || all.charAt(lineEnd) == '\t'
				|| all.charAt(lineEnd) == '\r')) {
			lineEnd++;
		}
		boolean ownLine = (lineStart == 0 || all.charAt(lineStart - 1) == '\n')
				&& (lineEnd == all.length() || all.charAt(lineEnd) == '\n');
		if (ownLine && lineEnd < all.length()) {
			cut(node, lineStart, lineEnd + 1, text);
		} else {
			// a clause in the middle of a line: with the space before it
			cut(node, lineStart, end, text);
		}
	}

	private void cut(INode node, int start, int end, String text) {
		EObject element = NodeModelUtils.findActualSemanticObjectFor(node);
		cuts.add(new Cut(element.eResource().getURI().toString(), start, end - start, text));
	}
}
