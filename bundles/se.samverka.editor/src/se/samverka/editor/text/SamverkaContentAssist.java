/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.server.Positions;
import se.samverka.editor.server.Uris;
import se.samverka.editor.server.WorkbenchLanguageServer;

/** Content assist: keywords and every name a reference may take here, from the language server, then the block templates. */
public class SamverkaContentAssist implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		String uri = Uris.of(document);
		List<ICompletionProposal> proposals = new ArrayList<>();
		try {
			if (uri != null) {
				CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), Positions.position(document, offset));
				Either<List<CompletionItem>, CompletionList> answer = WorkbenchLanguageServer
						.await(EditorPlugin.get().server().services().completion(params));
				if (answer != null) {
					List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
					for (CompletionItem item : items) {
						proposals.add(proposal(document, offset, item));
					}
				}
			}
			proposals.addAll(BlockTemplates.proposals(document, offset));
		} catch (BadLocationException stale) {
			// the text changed under us: offer nothing rather than something wrong
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static ICompletionProposal proposal(IDocument document, int offset, CompletionItem item) throws BadLocationException {
		String label = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel() : item.getLabel() + " – " + item.getDetail();
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			int[] region = Positions.region(document, edit.getRange());
			// the server's range ends where the request was made
			int length = Math.max(region[1], offset - region[0]);
			return new CompletionProposal(edit.getNewText(), region[0], length, edit.getNewText().length(), null, label, null, null);
		}
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		return new CompletionProposal(text, offset, 0, text.length(), null, label, null, null);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
