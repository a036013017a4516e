/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.formatting2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import se.samverka.dsl.services.SamverkaGrammarAccess;
import se.samverka.model.Model;
import se.samverka.model.Outcome;

/**
 * One layout for every file: each element of a block on a line of its own, blocks indented by a
 * tab, one blank line between top-level elements, single spaces elsewhere and none before
 * {@code ,} and {@code :}. Which keywords start a line is read from the
 * grammar (every element directly inside a {@code { }} block), so the layout follows the
 * grammar as it grows instead of being listed rule by rule.
 */
public class SamverkaFormatter extends AbstractFormatter2 {

	@Inject
	private SamverkaGrammarAccess grammarAccess;

	private Set<AbstractElement> lineStarts;

	/** "Class.feature" of every containment assigned inside a block: such children start a line. */
	private Set<String> blockChildren;

	@Override
	public void format(Object object, IFormattableDocument document) {
		// the whole file is laid out from its root; Xtext asks for nothing else
		if (object instanceof XtextResource resource && !resource.getContents().isEmpty()) {
			formatFile(resource.getContents().get(0), document);
		}
	}

	private void formatFile(EObject root, IFormattableDocument document) {
		IEObjectRegion rootRegion = getTextRegionAccess().regionForEObject(root);
		if (rootRegion == null) {
			return;
		}
		// single spaces by default; everything below takes precedence over this
		for (ISemanticRegion region : rootRegion.getAllSemanticRegions()) {
			IHiddenRegion next = region.getNextHiddenRegion();
			if (next != null && next != rootRegion.getNextHiddenRegion()) {
				document.set(next, it -> {
					it.oneSpace();
					it.lowPriority();
				});
			}
		}
		document.set(rootRegion.getPreviousHiddenRegion(), it -> it.noSpace());
		document.set(rootRegion.getNextHiddenRegion(), it -> it.newLine());
		formatTokens(rootRegion, document);
		if (root instanceof Model) {
			boolean first = true;
			for (EObject element : root.eContents()) {
				IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
				if (region != null && !first) {
					document.set(region.getPreviousHiddenRegion(), it -> it.setNewLines(2));
				}
				first = false;
				formatElement(element, document);
			}
		}
	}

	private void formatElement(EObject element, IFormattableDocument document) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(element);
		if (region == null) {
			return;
		}
		var finder = textRegionExtensions.regionFor(element);
		for (var pair : finder.keywordPairs("{", "}")) {
			document.append(pair.getKey(), it -> it.setNewLines(1, 1, 2));
			document.prepend(pair.getValue(), it -> it.setNewLines(1, 1, 2));
			document.interior(pair, it -> it.indent());
		}
		for (ISemanticRegion token : region.getSemanticRegions()) {
			if (isLineStart(token.getGrammarElement())) {
				document.prepend(token, it -> it.setNewLines(1, 1, 2));
			}
		}
		if (element instanceof Outcome outcome) {
			formatOutcome(outcome, region, document);
		}
		for (EObject child : element.eContents()) {
			IEObjectRegion childRegion = getTextRegionAccess().regionForEObject(child);
			if (childRegion != null && isBlockChild(child)) {
				document.set(childRegion.getPreviousHiddenRegion(), it -> it.setNewLines(1, 1, 2));
			}
			formatElement(child, document);
		}
	}

	/**
	 * An outcome that says what was done reads as a list: each {@code gjort "…"} and its
	 * {@code källa} on a line of its own, one tab further in than {@code utfall}; otherwise one
	 * follow-up of a year with four done lines would be one line of a thousand characters.
	 */
	private void formatOutcome(Outcome outcome, IEObjectRegion region, IFormattableDocument document) {
		if (outcome.getDone().isEmpty()) {
			return;
		}
		var finder = textRegionExtensions.regionFor(outcome);
		// by the keywords' text: regions the serializer wrote carry other grammar elements than parsed ones
		List<ISemanticRegion> starts = new ArrayList<>(finder.keywords("gjort"));
		ISemanticRegion source = finder.keyword("källa");
		if (source != null) {
			starts.add(source);
		}
		for (ISemanticRegion start : starts) {
			document.prepend(start, it -> it.newLine());
		}
		document.set(starts.get(0).getPreviousHiddenRegion(), region.getNextHiddenRegion(), it -> it.indent());
	}

	/** Punctuation, wherever it occurs (names, dates and numbers are single tokens without spaces). */
	private void formatTokens(IEObjectRegion rootRegion, IFormattableDocument document) {
		for (ISemanticRegion token : rootRegion.getAllSemanticRegions()) {
			if (token.getText().equals(",") || token.getText().equals(":")) {
				document.prepend(token, it -> it.noSpace());
			}
		}
	}

	/**
	 * Decided by the containing feature, not the region's grammar element: regions written by
	 * the serializer (quick fixes) carry other grammar elements than parsed ones.
	 */
	private boolean isBlockChild(EObject child) {
		if (blockChildren == null) {
			Set<String> children = new HashSet<>();
			for (AbstractElement start : lineStartsComputed()) {
				if (start.eContainer() instanceof Assignment assignment && isChildObject(assignment)) {
					ParserRule rule = org.eclipse.xtext.GrammarUtil.containingParserRule(assignment);
					children.add(rule.getType().getClassifier().getName() + "." + assignment.getFeature());
				}
			}
			blockChildren = children;
		}
		return child.eContainer() != null && child.eContainingFeature() != null && blockChildren
				.contains(child.eContainer().eClass().getName() + "." + child.eContainingFeature().getName());
	}

	private Set<AbstractElement> lineStartsComputed() {
		if (lineStarts == null) {
			lineStarts = computeLineStarts();
		}
		return lineStarts;
	}

	private boolean isLineStart(EObject grammarElement) {
		return grammarElement != null && lineStartsComputed().contains(grammarElement);
	}

	/**
	 * The first token of every entry of a block: the first element after '{', every optional or
	 * repeated element, and every contained object. "typ polis" stays one line because the kind
	 * is a mandatory element that follows its keyword.
	 */
	private Set<AbstractElement> computeLineStarts() {
		Set<AbstractElement> starts = new HashSet<>();
		for (AbstractRule rule : grammarAccess.getGrammar().getRules()) {
			if (!(rule instanceof ParserRule)) {
				continue;
			}
			for (Group group : EcoreUtil2.getAllContentsOfType(rule, Group.class)) {
				List<AbstractElement> elements = group.getElements();
				int open = indexOfKeyword(elements, "{");
				int close = indexOfKeyword(elements, "}");
				if (open < 0 || close < open) {
					continue;
				}
				for (int i = open + 1; i < close; i++) {
					AbstractElement element = elements.get(i);
					if (i == open + 1 || element.getCardinality() != null || isChildObject(element)) {
						addFirstTokens(element, starts);
					}
				}
			}
		}
		return starts;
	}

	private static int indexOfKeyword(List<AbstractElement> elements, String value) {
		for (int i = 0; i < elements.size(); i++) {
			if (elements.get(i) instanceof Keyword keyword && keyword.getValue().equals(value)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isChildObject(AbstractElement element) {
		return element instanceof Assignment assignment && assignment.getTerminal() instanceof RuleCall call
				&& call.getRule() instanceof ParserRule rule && !org.eclipse.xtext.GrammarUtil.isDatatypeRule(rule);
	}

	private static void addFirstTokens(AbstractElement element, Set<AbstractElement> starts) {
		if (element instanceof Keyword || element instanceof RuleCall) {
			starts.add(element);
			if (element instanceof RuleCall call && call.getRule() instanceof org.eclipse.xtext.EnumRule enumRule) {
				// an enum value is a leaf whose grammar element may be the literal's keyword
				starts.addAll(EcoreUtil2.getAllContentsOfType(enumRule, Keyword.class));
			}
		} else if (element instanceof Assignment assignment) {
			addFirstTokens(assignment.getTerminal(), starts);
		} else if (element instanceof Group group && !group.getElements().isEmpty()) {
			addFirstTokens(group.getElements().get(0), starts);
		} else if (element instanceof Alternatives alternatives) {
			for (AbstractElement alternative : alternatives.getElements()) {
				addFirstTokens(alternative, starts);
			}
		}
	}
}
