/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Runs a diagram operation on a folder's models and writes the change back as the smallest
 * text edits, through Xtext's change serializer (the path of quick fixes and rename): comments,
 * layout and everything the operation does not touch keep their text. Nothing is saved; the
 * caller applies the edit (an editor, so that undo undoes it, or a test).
 */
public class DiagramEditing {
	@Inject
	private Provider<IChangeSerializer> serializers;

	@Inject
	private IQualifiedNameProvider names;

	/**
	 * The folder's models as operations see them.
	 *
	 * @param resources the folder's models, all loaded (the file the diagram shows among them)
	 * @param file      the model the diagram shows
	 */
	public FolderModel folder(ResourceSet resources, URI file) {
		return new FolderModel(resources, file, names);
	}

	/** The references that deleting an element would leave dangling, for the client to ask first. */
	public List<DanglingReference> danglingReferences(FolderModel folder, String element) throws DiagramEditException {
		EcoreUtil.resolveAll(folder.resources());
		return Deletion.danglingReferences(GovernanceOperations.deletable(folder, element));
	}

	/**
	 * The text edit of an operation. The models in the resource set are changed in memory by it;
	 * load them again for the next operation.
	 */
	public DiagramEdit edit(FolderModel folder, DiagramOperation operation) throws DiagramEditException {
		ResourceSet resources = folder.resources();
		EcoreUtil.resolveAll(resources);
		Map<Resource, String> before = new LinkedHashMap<>();
		for (Resource resource : List.copyOf(resources.getResources())) {
			if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
				before.put(resource, xtext.getParseResult().getRootNode().getText());
			}
		}
		IChangeSerializer serializer = serializers.get();
		// no operation renames an element, so no reference needs a new name; and Xtext's updater of
		// references cannot take a reference that an operation removed (a line deleted, a member gone)
		serializer.setUpdateCrossReferences(false);
		serializer.setUpdateRelatedFiles(false);
		// every file of the folder is recorded: an operation may change another file than the diagram's
		before.keySet().forEach(resource -> serializer.addModification(resource, recorded -> {
		}));
		String[] element = new String[1];
		Resource first = before.keySet().iterator().next();
		serializer.addModification(first, recorded -> {
			try {
				element[0] = operation.perform(folder);
			} catch (DiagramEditException refused) {
				throw new Refused(refused);
			}
		});
		List<IEmfResourceChange> changes = new ArrayList<>();
		try {
			serializer.applyModifications(changes::add);
		} catch (Refused refused) {
			throw refused.reason;
		}
		Map<String, String> textsBefore = new LinkedHashMap<>();
		before.forEach((resource, text) -> textsBefore.put(resource.getURI().toString(), text));
		Map<String, List<FileChange.Replacement>> byFile = new LinkedHashMap<>();
		for (IEmfResourceChange change : changes) {
			if (change instanceof ITextDocumentChange text) {
				String file = change.getResource().getURI().toString();
				for (ITextReplacement replacement : text.getReplacements()) {
					FileChange.Replacement smallest = smallest(textsBefore.get(file), replacement);
					if (smallest != null) {
						byFile.computeIfAbsent(file, key -> new ArrayList<>()).add(smallest);
					}
				}
			}
		}
		for (ClauseText.Cut cut : folder.text().cuts()) {
			byFile.computeIfAbsent(cut.file(), key -> new ArrayList<>())
					.add(new FileChange.Replacement(cut.offset(), cut.length(), cut.text()));
		}
		List<FileChange> fileChanges = new ArrayList<>();
		for (String file : textsBefore.keySet()) {
			List<FileChange.Replacement> replacements = byFile.get(file);
			if (replacements != null) {
				FileChange fileChange = new FileChange(file, textsBefore.get(file), replacements);
				if (!fileChange.after().equals(fileChange.before())) {
					fileChanges.add(fileChange);
				}
			}
		}
		return new DiagramEdit(operation.label(), element[0], fileChanges);
	}

	/**
	 * The serializer's replacement without the text it writes again as it was (it writes a whole
	 * statement again to add one clause): the smallest edit; null when nothing is left.
	 */
	private static FileChange.Replacement smallest(String text, ITextReplacement replacement) {
		int offset = replacement.getOffset();
		String old = text.substring(offset, offset + replacement.getLength());
		String now = replacement.getReplacementText();
		int prefix = 0;
		while (prefix < old.length() && prefix < now.length() && old.charAt(prefix) == now.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < old.length() - prefix && suffix < now.length() - prefix
				&& old.charAt(old.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
			suffix++;
		}
		if (prefix == old.length() && prefix == now.length()) {
			return null;
		}
		FileChange.Replacement replacement2 = new FileChange.Replacement(offset + prefix, old.length() - prefix - suffix,
				now.substring(prefix, now.length() - suffix));
		return replacement2.text().isEmpty() ? wholeLines(text, replacement2) : replacement2;
	}

	/**
	 * A deletion of whole statements takes their lines, not only their text (no line of bare
	 * indentation stays behind), and one of the two blank lines around them.
	 */
	private static FileChange.Replacement wholeLines(String text, FileChange.Replacement deletion) {
		int start = deletion.offset();
		int end = start + deletion.length();
		int lineStart = start;
		while (lineStart > 0 && isBlank(text.charAt(lineStart - 1))) {
			lineStart--;
		}
		int lineEnd = end;
		while (lineEnd < text.length() && isBlank(text.charAt(lineEnd))) {
			lineEnd++;
		}
		boolean ownLines = (lineStart == 0 || text.charAt(lineStart - 1) == '\n')
				&& lineEnd < text.length() && text.charAt(lineEnd) == '\n';
		if (!ownLines || !text.substring(start, end).contains("\n")) {
			return deletion;
		}
		lineEnd++;
		if (lineStart >= 1 && blankLineBefore(text, lineStart - 1) && blankLineAt(text, lineEnd)) {
			// the blank line before the statements goes with them
			lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
		}
		return new FileChange.Replacement(lineStart, lineEnd - lineStart, "");
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\r';
	}

	/** Whether the line that ends at the newline at this offset is blank. */
	private static boolean blankLineBefore(String text, int newline) {
		int start = text.lastIndexOf('\n', newline - 1) + 1;
		return start > 0 && text.substring(start, newline).isBlank();
	}

	private static boolean blankLineAt(String text, int start) {
		int end = text.indexOf('\n', start);
		return end >= 0 && text.substring(start, end).isBlank();
	}

	/** An operation that refused, carried out of the change serializer. */
	private static final class Refused extends RuntimeException {
		private static final long serialVersionUID = 1L;
		private final DiagramEditException reason;

		Refused(DiagramEditException reason) {
			super(reason);
			this.reason = reason;
		}
	}
}
