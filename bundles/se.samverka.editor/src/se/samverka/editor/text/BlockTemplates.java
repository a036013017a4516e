/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;

import se.samverka.editor.Messages;

/** Templates for the common blocks (templates.properties): inserted at the caret, indented like its line. */
final class BlockTemplates {
	private static final String CURSOR = "${cursor}";
	private static final TreeMap<String, String> TEMPLATES = load();

	private BlockTemplates() {
	}

	/** The templates whose name starts with the word before the caret. */
	static List<ICompletionProposal> proposals(IDocument document, int offset) throws BadLocationException {
		int start = offset;
		while (start > 0 && Character.isLetter(document.getChar(start - 1))) {
			start--;
		}
		String prefix = document.get(start, offset - start);
		int line = document.getLineOfOffset(offset);
		String lineText = document.get(document.getLineOffset(line), document.getLineLength(line));
		String indent = lineText.substring(0, lineText.length() - lineText.stripLeading().length());
		List<ICompletionProposal> proposals = new ArrayList<>();
		TEMPLATES.forEach((name, body) -> {
			if (name.startsWith(prefix)) {
				String text = body.replace("\n", "\n" + indent);
				int caret = text.indexOf(CURSOR);
				text = text.replace(CURSOR, "");
				proposals.add(new CompletionProposal(text, offset - prefix.length(), prefix.length(), Math.max(0, caret), null,
						name + " – " + Messages.bind(Messages.Template_description, name), null, null));
			}
		});
		return proposals;
	}

	private static TreeMap<String, String> load() {
		Properties properties = new Properties();
		try (InputStream in = BlockTemplates.class.getResourceAsStream("templates.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException | NullPointerException missing) {
			// without the file there are simply no templates
		}
		TreeMap<String, String> templates = new TreeMap<>();
		properties.forEach((name, body) -> templates.put((String) name, (String) body));
		return templates;
	}
}
