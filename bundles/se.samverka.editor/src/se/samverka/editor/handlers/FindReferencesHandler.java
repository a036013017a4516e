package se.samverka.editor.handlers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.texteditor.ITextEditor;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.Messages;
import se.samverka.editor.server.Uris;
import se.samverka.editor.server.WorkbenchLanguageServer;
import se.samverka.editor.text.Editors;

/** Find references (Ctrl+Shift+G): every place in the folder that names the element at the caret; choosing one opens it. */
public class FindReferencesHandler extends ModelEditorHandler {

	@Override
	void run(ITextEditor editor, IDocument document, TextDocumentIdentifier file, Position caret) throws BadLocationException {
		int offset = document.getLineOffset(caret.getLine()) + caret.getCharacter();
		String name = wordAt(document, offset);
		List<? extends Location> references = WorkbenchLanguageServer
				.await(EditorPlugin.get().server().services().references(new ReferenceParams(file, caret, new ReferenceContext(false))));
		if (references == null || references.isEmpty()) {
			MessageDialog.openInformation(editor.getSite().getShell(), Messages.References_title, Messages.bind(Messages.References_none, name));
			return;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(editor.getSite().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				Location location = (Location) element;
				IFile target = Uris.file(location.getUri());
				return (target == null ? location.getUri() : target.getFullPath().toString()) + ":" + (location.getRange().getStart().getLine() + 1);
			}
		});
		dialog.setTitle(Messages.References_title);
		dialog.setMessage(Messages.bind(Messages.References_message, name, references.size()));
		dialog.setElements(references.toArray());
		dialog.setMultipleSelection(false);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Location chosen) {
			Editors.open(chosen);
		}
	}

	private static String wordAt(IDocument document, int offset) throws BadLocationException {
		int start = offset;
		int end = offset;
		while (start > 0 && Character.isLetterOrDigit(document.getChar(start - 1))) {
			start--;
		}
		while (end < document.getLength() && Character.isLetterOrDigit(document.getChar(end))) {
			end++;
		}
		return document.get(start, end - start);
	}
}
