/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseException;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.IUnorderedGroupHelper;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

import se.samverka.dsl.parser.antlr.SamverkaParser;
import se.samverka.model.nls.Texts;

/**
 * The parser with a recovery that keeps a broken line local.
 * <p>
 * ANTLR 3 resynchronises only at the end of a rule: a word it cannot place at the level of a block
 * (a keyword half typed, {@code sty} on the way to {@code styrgrupp}) fails the block's closing
 * {@code '}'}, and the recovery then skips every token up to what may follow the whole agreement,
 * that is, the rest of the file. Whatever the grammar looks like, a loop in a block has no point
 * where ANTLR 3 resynchronises inside it. So when a parse skips tokens, this parser reads the file
 * again with the offending line set aside as if it were a comment, and keeps that reading when it
 * leaves fewer tokens unread. The set-aside words carry the syntax error; the blocks before and
 * after the line are read, linked and drawn as if the line were not there.
 */
public class LineSkippingParser extends SamverkaParser {
	private static final Texts TEXTS = new Texts(LineSkippingParser.class, "se.samverka.dsl.parser.messages");

	/** How many broken lines one file may have set aside; beyond that, ANTLR's own recovery stands. */
	private static final int MOST_LINES_SET_ASIDE = 12;

	private Set<String> keywords;

	/** A full parse every time: an edit's partial reparse would bypass the recovery. */
	@Override
	protected boolean isReparseSupported() {
		return false;
	}

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		IParseResult result = parse(ruleName, in, builder, initialLookAhead, Set.of());
		boolean wholeFile = initialLookAhead == 0 && (ruleName == null || ruleName.equals(getDefaultRuleName()));
		if (!result.hasSyntaxErrors() || !wholeFile || !(in instanceof ANTLRStringStream)) {
			return result;
		}
		String text = in.substring(0, in.size() - 1);
		Set<Integer> setAside = new TreeSet<>();
		int cost = unreadTokens(result);
		for (int round = 0; round < MOST_LINES_SET_ASIDE && cost > 0; round++) {
			boolean improved = false;
			for (List<ILeafNode> line : candidateLines(result)) {
				Set<Integer> trial = new TreeSet<>(setAside);
				line.forEach(leaf -> trial.add(leaf.getOffset()));
				IParseResult attempt = parse(ruleName, new ANTLRStringStream(text), new NodeModelBuilder(),
						initialLookAhead, trial);
				int attemptCost = unreadTokens(attempt) + trial.size();
				if (attemptCost < cost + setAside.size()) {
					result = attempt;
					setAside = trial;
					cost = unreadTokens(attempt);
					improved = true;
					break;
				}
			}
			if (!improved) {
				break;
			}
		}
		if (setAside.isEmpty()) {
			return result;
		}
		return withErrorsOnSetAsideLines(result, setAside);
	}

	/** The same steps as Xtext's parse, with a token stream that treats the given tokens as comments. */
	private IParseResult parse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead,
			Set<Integer> setAside) {
		TokenSource tokenSource = createLexer(in);
		XtextTokenStream tokenStream = new SettingAsideTokenStream(tokenSource, getTokenDefProvider(), setAside);
		tokenStream.initCurrentLookAhead(initialLookAhead);
		setInitialHiddenTokens(tokenStream);
		AbstractInternalAntlrParser parser = createParser(tokenStream);
		parser.setTokenTypeMap(getTokenDefProvider().getTokenDefMap());
		parser.setSyntaxErrorProvider(getSyntaxErrorProvider());
		parser.setNodeModelBuilder(builder);
		parser.setSemanticModelBuilder(getElementFactory());
		IUnorderedGroupHelper helper = getUnorderedGroupHelper().get();
		parser.setUnorderedGroupHelper(helper);
		helper.initializeWith(parser);
		try {
			return ruleName != null ? parser.parse(ruleName) : parser.parse();
		} catch (Exception e) {
			throw new ParseException(e.getMessage(), e);
		}
	}

	/**
	 * Where to look for the broken line: from the first unread token to the end of its line, then
	 * the line before it (a line left incomplete shows its error only on the next one).
	 */
	private static List<List<ILeafNode>> candidateLines(IParseResult result) {
		List<ILeafNode> visible = new ArrayList<>();
		int firstUnread = -1;
		for (ILeafNode leaf : result.getRootNode().getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			if (firstUnread < 0 && isUnread(leaf)) {
				firstUnread = visible.size();
			}
			visible.add(leaf);
		}
		List<List<ILeafNode>> candidates = new ArrayList<>();
		if (firstUnread < 0) {
			return candidates;
		}
		int line = visible.get(firstUnread).getStartLine();
		List<ILeafNode> rest = new ArrayList<>();
		for (int i = firstUnread; i < visible.size() && visible.get(i).getStartLine() == line; i++) {
			rest.add(visible.get(i));
		}
		candidates.add(rest);
		if (firstUnread > 0) {
			int lineBefore = visible.get(firstUnread - 1).getStartLine();
			List<ILeafNode> before = new ArrayList<>();
			for (ILeafNode leaf : visible) {
				if (leaf.getStartLine() == lineBefore) {
					before.add(leaf);
				}
			}
			candidates.add(before);
		}
		return candidates;
	}

	/** Tokens the grammar did not place: skipped by ANTLR's recovery. */
	private static int unreadTokens(IParseResult result) {
		int count = 0;
		for (ILeafNode leaf : result.getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && isUnread(leaf)) {
				count++;
			}
		}
		return count;
	}

	/** A placed token's grammar element is a keyword or a rule call; a skipped one has none, or only its terminal rule. */
	private static boolean isUnread(ILeafNode leaf) {
		return leaf.getGrammarElement() == null || leaf.getGrammarElement() instanceof AbstractRule;
	}

	/** The first word of each set-aside line carries the syntax error, with the keywords it may have been meant as. */
	private IParseResult withErrorsOnSetAsideLines(IParseResult result, Set<Integer> setAside) {
		NodeModelBuilder builder = new NodeModelBuilder();
		int lastLine = -1;
		String wordBefore = null;
		int lineBefore = -1;
		List<ILeafNode> marked = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		for (ILeafNode leaf : result.getRootNode().getLeafNodes()) {
			if (setAside.contains(leaf.getOffset())) {
				if (leaf.getStartLine() != lastLine) {
					lastLine = leaf.getStartLine();
					marked.add(leaf);
					// the word before counts when it is on the same line: "målvärde ungefär 200"
					messages.add(message(leaf.getText(), lineBefore == lastLine ? wordBefore : null));
				}
			} else if (!leaf.isHidden()) {
				wordBefore = leaf.getText();
				lineBefore = leaf.getEndLine();
			}
		}
		for (int i = 0; i < marked.size(); i++) {
			builder.setSyntaxError(marked.get(i), new SyntaxErrorMessage(messages.get(i),
					org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC));
		}
		return new ParseResult(result.getRootASTElement(), result.getRootNode(), true);
	}

	/**
	 * What the set-aside word is, and what may stand there instead: the choices after the word
	 * before it ("Efter 'målvärde' väntas: minst, högst, …"), or the keywords it begins.
	 */
	private String message(String word, String wordBefore) {
		String message = TEXTS.get("lineSetAside", "'" + word + "'");
		String choices = wordBefore != null && getSyntaxErrorProvider() instanceof SamverkaSyntaxErrorMessageProvider provider
				? provider.alternativesAfter(wordBefore) : null;
		if (choices != null) {
			return message + " " + choices;
		}
		List<String> meant = new ArrayList<>();
		if (word.length() >= 2) {
			for (String keyword : keywords()) {
				if (keyword.startsWith(word) && !keyword.equals(word) && meant.size() < 5) {
					meant.add(keyword);
				}
			}
		}
		return meant.isEmpty() ? message : message + " " + TEXTS.get("didYouMean", String.join(", ", meant));
	}

	private Set<String> keywords() {
		if (keywords == null) {
			keywords = new TreeSet<>(GrammarUtil.getAllKeywords(getGrammarAccess().getGrammar()));
		}
		return keywords;
	}

	/** Xtext's token stream, with some tokens (by start offset) turned into comments before the parser sees them. */
	private static final class SettingAsideTokenStream extends XtextTokenStream {
		private final Set<Integer> setAside;
		private final int commentType;

		SettingAsideTokenStream(TokenSource tokenSource, ITokenDefProvider tokenDefs, Set<Integer> setAside) {
			super(tokenSource, tokenDefs);
			this.setAside = setAside;
			this.commentType = tokenDefs.getTokenDefMap().entrySet().stream()
					.filter(entry -> "RULE_ML_COMMENT".equals(entry.getValue()))
					.mapToInt(entry -> entry.getKey()).findFirst().orElseThrow();
		}

		@Override
		protected void fillBuffer() {
			super.fillBuffer();
			if (setAside.isEmpty()) {
				return;
			}
			for (Object token : tokens) {
				// a character the lexer could not read keeps its own message
				if (token instanceof CommonToken common && setAside.contains(common.getStartIndex())
						&& common.getType() != Token.INVALID_TOKEN_TYPE) {
					common.setType(commentType);
				}
			}
			p = 0;
			p = skipOffTokenChannels(0);
		}
	}
}
