/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.editing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.NodeKinds;
import se.samverka.diagram.ui.editing.DiagramCommandCall.EditRefused;
import se.samverka.diagram.ui.editing.FolderChoices.MemberRow;
import se.samverka.diagram.ui.view.DiagramViewPart;
import se.samverka.diagram.ui.view.ElementRange;
import se.samverka.dsl.ide.diagramedit.DanglingReference;
import se.samverka.dsl.ide.diagramedit.DiagramCommands;
import se.samverka.model.Titled;

/**
 * The gestures that edit the governance structure in the diagram view: the palette's tools, a
 * member dragged to another body (Ctrl: copied) or to another place in its body, a body dragged
 * into another, a title renamed in place, the Delete key, Ctrl+Z / Ctrl+Y and the Properties
 * view. The browser reports each gesture (client/src/editing); this class asks what it must
 * (a title, a role, whether to delete), runs the language server's operation and puts its text
 * edit into the editor, where it is unsaved and undoable; the view then redraws from the text.
 */
public final class GovernanceEditing implements ISelectionProvider {
	/** The kinds of box that are bodies, which the operations take. */
	private static final Set<String> BODY_KINDS = Set.of(NodeKinds.STEERING_GROUP, NodeKinds.WORKING_GROUP,
			NodeKinds.PREPARATORY_GROUP, NodeKinds.CRIME_PREVENTION_COUNCIL, NodeKinds.COOPERATION_GROUP,
			NodeKinds.AREA_GROUP, NodeKinds.NETWORK_GROUP, NodeKinds.OTHER_BODY);
	/** The palette's kinds of body, by the word the language writes them with. */
	private static final Map<String, String> PALETTE_BODIES = new java.util.LinkedHashMap<>();

	static {
		PALETTE_BODIES.put("styrgrupp", Messages.Palette_styrgrupp);
		PALETTE_BODIES.put("arbetsgrupp", Messages.Palette_arbetsgrupp);
		PALETTE_BODIES.put("brå", Messages.Palette_bra);
		PALETTE_BODIES.put("samverkansgrupp", Messages.Palette_samverkansgrupp);
		PALETTE_BODIES.put("områdesgrupp", Messages.Palette_omradesgrupp);
		PALETTE_BODIES.put("nätverksgrupp", Messages.Palette_natverksgrupp);
	}

	private final DiagramViewPart view;
	private final EditingKeys keys;
	private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;
	/** The element an edit made or changed, selected once the diagram is drawn again. */
	private String toSelect;
	/** Whether the palette is shown: only over the governance diagram, the one the operations edit. */
	private Boolean paletteShown;

	public GovernanceEditing(DiagramViewPart view) {
		this.view = view;
		view.browser().onCall("samverkaGesture", json -> view.browser().control().getDisplay()
				// not inside the browser's call: a dialog's event loop must not run in the page's script
				.asyncExec(() -> gesture(JsonParser.parseString(json).getAsJsonObject())));
		keys = new EditingKeys(view);
	}

	/** Called when a diagram has been drawn: the palette where the governance is drawn, and the element an edit made selected. */
	public void drawn() {
		boolean governance = view.settings().view() == DiagramView.GOVERNANCE;
		if (!Boolean.valueOf(governance).equals(paletteShown)) {
			// sent again only when it changes: a new palette drops the tool the user has armed
			paletteShown = governance;
			JsonArray bodyKinds = new JsonArray();
			BODY_KINDS.forEach(bodyKinds::add);
			view.browser().execute("window.samverka.editing.palette(" + (governance ? palette() : "[]") + "," + bodyKinds + ")");
		}
		view.browser().execute("window.samverka.editing.renameable(" + (governance ? renameable() : new JsonArray()) + ")");
		if (toSelect != null && view.shown() != null) {
			String suffix = ":" + toSelect.substring(toSelect.lastIndexOf('.') + 1);
			view.shown().ranges().keySet().stream().filter(id -> id.endsWith(suffix) && BODY_KINDS.contains(kindOf(id)))
					.findFirst().ifPresent(this::select);
			toSelect = null;
		}
	}

	/** Selects the box an edit made or changed, and its name in the text, where the caret then stays. */
	private void select(String box) {
		ElementRange range = view.shown().ranges().get(box);
		ITextEditor editor = view.editor();
		if (range != null && editor != null && range.uri().equals(view.uri())) {
			editor.selectAndReveal(range.nameOffset(), range.nameLength());
		}
		view.browser().highlight(box);
		selected(box);
	}

	/** The palette's tools with their labels in the user's language, and how many boxes each is applied to. */
	private static String palette() {
		JsonArray tools = new JsonArray();
		PALETTE_BODIES.forEach((word, label) -> tools.add(tool("body:" + word, label, 1, Messages.Palette_hintBody, true)));
		tools.add(tool("member", Messages.Palette_member, 1, Messages.Palette_hintBodyClick, false));
		tools.add(tool("connect:rapporterar", Messages.Palette_reportsTo, 2, Messages.Palette_hintSource, false));
		tools.add(tool("connect:uppdrag", Messages.Palette_assigns, 2, Messages.Palette_hintSource, false));
		tools.add(tool("leads", Messages.Palette_leads, 1, Messages.Palette_hintBodyClick, false));
		tools.add(tool("chair", Messages.Palette_chair, 1, Messages.Palette_hintBodyClick, false));
		return tools.toString();
	}

	private static JsonObject tool(String id, String label, int clicks, String hint, boolean onEmptySpace) {
		JsonObject tool = new JsonObject();
		tool.addProperty("id", id);
		tool.addProperty("label", label);
		tool.addProperty("clicks", clicks);
		tool.addProperty("hint", hint);
		tool.addProperty("hintTarget", Messages.Palette_hintTarget);
		tool.addProperty("onEmptySpace", onEmptySpace);
		return tool;
	}

	/** What the browser reports: {tool, targets: [box ids], …}. */
	void gesture(JsonObject gesture) {
		String uri = view.uri();
		if (uri == null || view.browser().control().isDisposed()) {
			return;
		}
		String tool = gesture.get("tool").getAsString();
		List<String> targets = gesture.has("targets")
				? gesture.getAsJsonArray("targets").asList().stream().map(target -> target.isJsonNull() ? null : target.getAsString()).toList()
				: List.of();
		String first = targets.isEmpty() ? null : targets.get(0);
		if (tool.startsWith("body:")) {
			createBody(uri, tool.substring("body:".length()), bodyOf(uri, first));
		} else if (tool.startsWith("connect:") && targets.size() == 2) {
			JsonObject arguments = arguments(uri, "line", tool.substring("connect:".length()));
			arguments.addProperty("source", bodyOf(uri, targets.get(0)));
			arguments.addProperty("target", bodyOf(uri, targets.get(1)));
			run(DiagramCommands.CONNECT, arguments);
		} else {
			switch (tool) {
			case "member" -> createMember(uri, bodyOf(uri, first));
			case "leads" -> lead(uri, bodyOf(uri, first));
			case "chair" -> chair(uri, bodyOf(uri, first));
			case "dragMember" -> dragMember(uri, first, targets.get(1), gesture.has("copy") && gesture.get("copy").getAsBoolean());
			case "dragBody" -> dragBody(uri, first, targets.get(1));
			case "rename" -> rename(uri, first, gesture.get("title").getAsString());
			case "delete" -> delete(uri, first);
			case "key" -> keys.heardInPage(EditingKeys.Key.valueOf(gesture.get("key").getAsString()));
			case "renaming" -> keys.renaming(gesture.get("active").getAsBoolean());
			default -> {
			}
			}
		}
	}

	private void createBody(String uri, String kindWord, String parent) {
		String kindLabel = PALETTE_BODIES.getOrDefault(kindWord, kindWord);
		InputDialog dialog = new InputDialog(shell(), Messages.Body_title, Messages.bind(Messages.Body_prompt, kindLabel),
				kindLabel, title -> title == null || title.isBlank() ? Messages.Body_empty : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		JsonObject arguments = arguments(uri, "kind", kindWord);
		arguments.addProperty("title", dialog.getValue().strip());
		if (parent != null) {
			arguments.addProperty("parent", parent);
		}
		run(DiagramCommands.CREATE_BODY, arguments);
	}

	private void createMember(String uri, String body) {
		MemberDialog.Chosen chosen = body == null ? null
				: new MemberDialog(shell(), Messages.Member_title, FolderChoices.members(uri), FolderChoices.parties(uri)).ask();
		if (chosen == null) {
			return;
		}
		JsonObject arguments = arguments(uri, "body", body);
		if (chosen.role() != null) {
			arguments.addProperty("role", chosen.role());
		} else {
			arguments.addProperty("party", chosen.party());
			arguments.addProperty("roleTitle", chosen.roleTitle());
		}
		run(DiagramCommands.CREATE_MEMBER, arguments);
	}

	private void lead(String uri, String body) {
		MemberDialog.Chosen leader = body == null ? null
				: new MemberDialog(shell(), Messages.Leads_title, FolderChoices.roles(uri), List.of()).ask();
		if (leader == null) {
			return;
		}
		JsonObject arguments = arguments(uri, "line", "leder");
		arguments.addProperty("source", leader.role());
		arguments.addProperty("target", body);
		run(DiagramCommands.CONNECT, arguments);
	}

	private void chair(String uri, String body) {
		ChairDialog.Chosen chair = body == null ? null
				: new ChairDialog(shell(), FolderChoices.roles(uri), FolderChoices.parties(uri)).ask();
		if (chair == null) {
			return;
		}
		JsonObject arguments = arguments(uri, "body", body);
		if (chair.role() != null) {
			arguments.addProperty("role", chair.role());
		} else {
			JsonArray parties = new JsonArray();
			chair.rotatesBetween().forEach(parties::add);
			arguments.add("rotatesBetween", parties);
			arguments.addProperty("termYears", chair.termYears());
		}
		run(DiagramCommands.SET_CHAIR, arguments);
	}

	/** A member row dropped on a body (last place), or on a row of a body (that row's place); in its own body: reordered. */
	private void dragMember(String uri, String row, String droppedOn, boolean copy) {
		MemberRow member = FolderChoices.memberRow(uri, row);
		if (member == null || droppedOn == null) {
			return;
		}
		MemberRow at = NodeKinds.MEMBER.equals(kindOf(droppedOn)) ? FolderChoices.memberRow(uri, droppedOn) : null;
		String target = at != null ? at.body() : bodyOf(uri, droppedOn);
		if (target == null) {
			return;
		}
		JsonObject arguments = arguments(uri, "body", member.body());
		if (target.equals(member.body()) && !copy) {
			if (at == null || at.index() == member.index()) {
				return;
			}
			arguments.addProperty("from", member.index());
			arguments.addProperty("to", at.index());
			run(DiagramCommands.REORDER_MEMBER, arguments);
			return;
		}
		arguments.addProperty("index", member.index());
		arguments.addProperty("target", target);
		if (at != null) {
			arguments.addProperty("targetIndex", at.index());
		}
		run(copy ? DiagramCommands.COPY_MEMBER : DiagramCommands.MOVE_MEMBER, arguments);
	}

	private void dragBody(String uri, String body, String droppedOn) {
		String target = bodyOf(uri, droppedOn);
		if (body == null || !BODY_KINDS.contains(kindOf(body)) || target == null || body.equals(droppedOn)) {
			return;
		}
		JsonObject arguments = arguments(uri, "body", body);
		arguments.addProperty("target", target);
		run(DiagramCommands.MOVE_BODY, arguments);
	}

	/** A title renamed in place: a body's, a party's in the legend, or the role a member row names (in every body it sits in). */
	void rename(String uri, String box, String title) {
		String element = box == null ? null : titledElementOf(uri, box);
		if (element == null || title.isBlank()) {
			return;
		}
		JsonObject arguments = arguments(uri, "element", element);
		arguments.addProperty("title", title.strip());
		run(DiagramCommands.RENAME, arguments);
	}

	/** Delete: a member row leaves its body; a body goes after the user has seen what refers to it. */
	private void delete(String uri, String box) {
		if (box == null) {
			return;
		}
		if (NodeKinds.MEMBER.equals(kindOf(box))) {
			MemberRow member = FolderChoices.memberRow(uri, box);
			if (member == null) {
				return;
			}
			JsonObject arguments = arguments(uri, "body", member.body());
			arguments.addProperty("member", member.index());
			run(DiagramCommands.DELETE, arguments);
			return;
		}
		JsonObject arguments = arguments(uri, "element", box);
		DiagramCommands.Result references;
		try {
			references = DiagramCommandCall.run(DiagramCommands.DANGLING_REFERENCES, arguments.deepCopy());
		} catch (EditRefused refused) {
			MessageDialog.openInformation(shell(), Messages.Edit_refused, refused.getMessage());
			return;
		}
		String name = titleOf(box);
		List<DanglingReference> dangling = references.danglingReferences == null ? List.of() : references.danglingReferences;
		String question = dangling.isEmpty() ? Messages.bind(Messages.Delete_noReferences, name)
				: Messages.bind(Messages.Delete_references, name,
						dangling.stream().map(DanglingReference::toString).collect(Collectors.joining("\n")));
		if (MessageDialog.openConfirm(shell(), Messages.bind(Messages.Delete_title, name), question)) {
			run(DiagramCommands.DELETE, arguments);
		}
	}

	/** Runs an operation and puts its edit into the editors; a refusal is shown, nothing changes. */
	boolean run(String command, JsonObject arguments) {
		DiagramCommands.Result result;
		try {
			result = DiagramCommandCall.run(command, arguments);
		} catch (EditRefused refused) {
			MessageDialog.openInformation(shell(), Messages.Edit_refused, refused.getMessage());
			return false;
		}
		toSelect = result.element;
		boolean applied = EditorEdits.apply(view.getSite().getPage(), result.edit);
		view.textChanged();
		return applied;
	}

	private static JsonObject arguments(String uri) {
		JsonObject arguments = new JsonObject();
		arguments.addProperty("uri", uri);
		return arguments;
	}

	/** An operation's arguments: the diagram's file and the element it is done on ("body" or "element"). */
	static JsonObject arguments(String uri, String name, String value) {
		JsonObject arguments = arguments(uri);
		arguments.addProperty(name, value);
		return arguments;
	}

	/** The body a box is (or holds the row), by its diagram id; null for another box or none. */
	private static String bodyOf(String uri, String box) {
		if (box == null) {
			return null;
		}
		if (NodeKinds.MEMBER.equals(kindOf(box))) {
			MemberRow row = FolderChoices.memberRow(uri, box);
			return row == null ? null : row.body();
		}
		return BODY_KINDS.contains(kindOf(box)) ? box : null;
	}

	/** The element whose title a box draws, by a name the operations take; null when its title is not an element's own. */
	private static String titledElementOf(String uri, String box) {
		if (NodeKinds.MEMBER.equals(kindOf(box))) {
			MemberRow row = FolderChoices.memberRow(uri, box);
			return row == null ? null : row.role();
		}
		return box;
	}

	/** The boxes whose title the user may rename in place: those that draw the title of a body, role or organisation. */
	private JsonArray renameable() {
		JsonArray ids = new JsonArray();
		if (view.shown() != null) {
			view.shown().diagram().nodes().stream().filter(node -> node.element() instanceof Titled)
					.forEach(node -> ids.add(node.id()));
		}
		return ids;
	}

	/** The box's title as the diagram draws it ("Styrgrupp"), which the user knows it by; not its name in the model. */
	private String titleOf(String box) {
		var shown = view.shown();
		return shown == null ? box : shown.diagram().node(box).map(node -> node.label()).orElse(box);
	}

	private static String kindOf(String box) {
		int colon = box.indexOf(':');
		return colon < 0 ? "" : box.substring(0, colon);
	}

	private Shell shell() {
		return view.getSite().getShell();
	}

	/** A box was clicked: a body's attributes go to the Properties view. */
	public void selected(String box) {
		String uri = view.uri();
		ISelection next = uri != null && box != null && BODY_KINDS.contains(kindOf(box))
				? new StructuredSelection(new BodyPropertySource(this, uri, box))
				: StructuredSelection.EMPTY;
		setSelection(next);
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection next) {
		selection = next;
		SelectionChangedEvent event = new SelectionChangedEvent(this, next);
		selectionListeners.forEach(listener -> listener.selectionChanged(event));
	}
}
