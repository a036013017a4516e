/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.outline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.Messages;
import se.samverka.editor.server.Positions;
import se.samverka.editor.server.Uris;
import se.samverka.editor.server.WorkbenchLanguageServer;

/**
 * The outline of a .samverkan file, grouped by concept: the top-level elements under a heading
 * per kind (as the language server names kinds), each agreement with its bodies, plans and
 * measures below it. Selecting a node selects its text; the outline follows edits.
 */
public class SamverkaOutlinePage extends ContentOutlinePage implements IDocumentListener {
	private final ITextEditor editor;
	private final IDocument document;
	private final Job refresh = Job.create("Samverka outline", this::refresh);
	/** The entries shown last; kept while the text has syntax errors and reads as fewer entries. */
	private List<SymbolGroup> shownGroups = List.of();

	public SamverkaOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		refresh.setSystem(true);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer tree = getTreeViewer();
		tree.setContentProvider(new Content());
		tree.setComparer(new SameEntry());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof SymbolGroup group) {
					return group.title() + " (" + group.members().size() + ")";
				}
				DocumentSymbol symbol = ((OutlineNode) element).symbol();
				return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName()
						: symbol.getName() + " – " + symbol.getDetail();
			}
		});
		tree.addSelectionChangedListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof OutlineNode node) {
				try {
					int[] region = Positions.region(document, node.symbol().getSelectionRange());
					editor.selectAndReveal(region[0], region[1]);
				} catch (BadLocationException stale) {
					// the outline is refreshed right after an edit
				}
			}
		});
		document.addDocumentListener(this);
		refresh.schedule();
	}

	@Override
	public void dispose() {
		document.removeDocumentListener(this);
		refresh.cancel();
		super.dispose();
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		refresh.schedule(700);
	}

	private IStatus refresh(IProgressMonitor monitor) {
		String uri = Uris.of(document);
		if (uri == null) {
			return Status.OK_STATUS;
		}
		List<Either<SymbolInformation, DocumentSymbol>> answer = WorkbenchLanguageServer.await(
				EditorPlugin.get().server().services().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
		if (answer == null || monitor.isCanceled()) {
			return Status.OK_STATUS;
		}
		List<SymbolGroup> read = group(uri, answer.stream().filter(Either::isRight).map(Either::getRight).toList());
		List<SymbolGroup> groups = entries(read) < entries(shownGroups) && hasSyntaxErrors(uri) ? shownGroups : read;
		shownGroups = groups;
		getControl().getDisplay().asyncExec(() -> {
			if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
				Object[] expanded = getTreeViewer().getExpandedElements();
				getTreeViewer().setInput(groups);
				getTreeViewer().setExpandedElements(expanded);
				if (expanded.length == 0) {
					getTreeViewer().expandToLevel(2);
				}
			}
		});
		return Status.OK_STATUS;
	}

	/** Whether the server's current text of the document has syntax errors (a word half typed). */
	private static boolean hasSyntaxErrors(String uri) {
		Boolean errors = WorkbenchLanguageServer.await(EditorPlugin.get().server().services().read(uri,
				(text, resource) -> resource != null && resource.getParseResult() != null
						&& resource.getParseResult().hasSyntaxErrors()));
		return Boolean.TRUE.equals(errors);
	}

	/** How many entries the outline has, at every level. */
	static int entries(List<SymbolGroup> groups) {
		int count = 0;
		for (SymbolGroup group : groups) {
			for (OutlineNode member : group.members()) {
				count += entries(member.symbol());
			}
		}
		return count;
	}

	private static int entries(DocumentSymbol symbol) {
		int count = 1;
		for (DocumentSymbol child : symbol.getChildren() == null ? List.<DocumentSymbol>of() : symbol.getChildren()) {
			count += entries(child);
		}
		return count;
	}

	/** The top-level symbols under one heading per kind . */
	static List<SymbolGroup> group(String uri, List<DocumentSymbol> roots) {
		List<DocumentSymbol> topLevel = new ArrayList<>();
		for (DocumentSymbol root : roots) {
			// Xtext returns the file's model as one root without a name: its children are the elements
			if (root.getName() == null || root.getName().isBlank()) {
				topLevel.addAll(root.getChildren() == null ? List.of() : root.getChildren());
			} else {
				topLevel.add(root);
			}
		}
		Map<String, List<OutlineNode>> byKind = new LinkedHashMap<>();
		for (DocumentSymbol symbol : topLevel) {
			String kind = kindOf(symbol);
			byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new OutlineNode(uri, symbol));
		}
		List<SymbolGroup> groups = new ArrayList<>();
		byKind.forEach((kind, members) -> groups.add(new SymbolGroup(kind, members)));
		return groups;
	}

	/** The server's detail reads "Kind: title": the kind names the group. */
	private static String kindOf(DocumentSymbol symbol) {
		String detail = symbol.getDetail();
		if (detail == null || detail.isBlank()) {
			return Messages.Outline_group_other;
		}
		int colon = detail.indexOf(':');
		return colon > 0 ? detail.substring(0, colon) : detail;
	}

	/**
	 * An entry is the same after an edit when its heading, or its file, name and kind, are: the
	 * places in the text move with every line typed above, and the unfolded entries stay unfolded.
	 */
	private static final class SameEntry implements IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			return key(a).equals(key(b));
		}

		@Override
		public int hashCode(Object element) {
			return key(element).hashCode();
		}

		private static Object key(Object element) {
			if (element instanceof SymbolGroup group) {
				return group.title();
			}
			if (element instanceof OutlineNode node) {
				return List.of(node.uri(), String.valueOf(node.symbol().getName()), String.valueOf(node.symbol().getKind()),
						String.valueOf(node.symbol().getDetail()));
			}
			return element;
		}
	}

	/** The groups, and below them the symbols with their children. */
	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof SymbolGroup group) {
				return group.members().toArray();
			}
			OutlineNode node = (OutlineNode) parent;
			List<DocumentSymbol> children = node.symbol().getChildren();
			return children == null ? new Object[0] : children.stream().map(child -> new OutlineNode(node.uri(), child)).toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
