/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.workbench.tests.Workbench.ui;
import static se.samverka.workbench.tests.Workbench.waitFor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.EdgeKinds;
import se.samverka.diagram.ui.view.DiagramViewPart;

/**
 * Editing Botkyrka's governance structure in the diagram view, with the gestures a user makes
 * (mouse and key events in the page, the dialogs' buttons): each palette tool, dragging a member
 * to another body, renaming a title in place, deleting with its confirmation, the Properties
 * view; each edit is checked in the editor's unsaved text and in the redrawn diagram, and Ctrl+Z
 * in the diagram gives back the text as it was, byte for byte. Screenshots of the gestures go to
 * target/screenshots/diagram-editing-*.png (docs/images has copies).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiagramEditingViewTest {
	private static ITextEditor editor;
	private static DiagramViewPart view;
	private static IDocument document;
	private static String original;
	private static int steeringRows;

	@BeforeAll
	static void openBotkyrkaWithTheDiagramMaximized() throws Exception {
		editor = Workbench.botkyrkaEditor();
		view = ui(() -> {
			Workbench.page().activate(editor);
			return (DiagramViewPart) Workbench.page().showView(DiagramViewPart.ID);
		});
		document = ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		ui(() -> {
			editor.doRevertToSaved();
			Workbench.page().activate(editor);
			return null;
		});
		original = ui(document::get);
		waitFor("the governance diagram with its palette", () -> has(d -> d.node("steering-group:Styrgruppen").isPresent())
				&& Boolean.TRUE.equals(js("return document.querySelectorAll('#palette button').length == 11;")) ? true : null);
		steeringRows = count(d -> rows(d, "Styrgruppen"));
	}

	/** The workbench as the other test classes expect it: Botkyrka's sub-agreement the active editor. */
	@AfterAll
	static void botkyrkaActiveAgain() throws Exception {
		ui(() -> {
			Workbench.page().activate(editor);
			return null;
		});
	}

	@AfterEach
	void backToTheSavedText() throws Exception {
		ui(() -> {
			for (var reference : Workbench.page().getEditorReferences()) {
				if (reference.getEditor(false) instanceof ITextEditor open && open.isDirty()) {
					open.doRevertToSaved();
				}
			}
			Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
			return null;
		});
		waitFor("the saved text drawn", () -> has(d -> d.node("steering-group:Styrgruppen").isPresent()
				&& rows(d, "Styrgruppen") == steeringRows) ? true : null);
	}

	@Test
	@Order(1)
	void theBodyToolDrawsANewWorkingGroupAndCtrlZTakesItAway() throws Exception {
		maximizeAndFit();
		long workingGroups = count(d -> d.nodes().stream().filter(n -> n.id().startsWith("working-group:")).count());
		tool("body:arbetsgrupp");
		// a click on empty space: a new body at the agreement's top level
		js("var svg=document.querySelector('#sprotty svg');var r=svg.getBoundingClientRect();"
				+ "['mousedown','mouseup'].forEach(function(t){svg.dispatchEvent(new MouseEvent(t,{bubbles:true,cancelable:true,"
				+ "button:0,clientX:r.right-5,clientY:r.bottom-5}));});");
		Shell dialog = dialog("Nytt organ");
		ui(() -> {
			find(dialog, Text.class).setText("Grupp mot klotter");
			return null;
		});
		press(dialog, "OK");
		String after = waitFor("the new working group in the text", () -> {
			String text = text();
			return text.contains("arbetsgrupp GruppMotKlotter \"Grupp mot klotter\"") ? text : null;
		}, DiagramEditingViewTest::text);
		assertTrue(ui(editor::isDirty), "the edit is in the editor, not saved");
		assertOnlyLinesAdded(after, "arbetsgrupp GruppMotKlotter \"Grupp mot klotter\"");
		waitFor("the new working group drawn", () -> has(d -> d.node("working-group:GruppMotKlotter").isPresent()
				&& d.nodes().stream().filter(n -> n.id().startsWith("working-group:")).count() == workingGroups + 1) ? true : null);
		waitFor("the new working group selected", () -> selected().contains("working-group:GruppMotKlotter") ? true : null);
		screenshot("diagram-editing-palette.png");
		undoInDiagram();
		waitFor("the new working group gone", () -> has(d -> d.node("working-group:GruppMotKlotter").isEmpty()) ? true : null);
	}

	@Test
	@Order(2)
	void theMemberToolAddsARoleToABody() throws Exception {
		maximizeAndFit(); // every box on the page: Sprotty leaves out those outside the view
		int rows = count(d -> rows(d, "Arbetsgruppen"));
		tool("member");
		clickBox("working-group:Arbetsgruppen");
		Shell dialog = dialog("Ny medlem");
		ui(() -> {
			Combo roles = find(dialog, Combo.class);
			for (int i = 0; i < roles.getItemCount(); i++) {
				if (roles.getItem(i).startsWith("Polismästare")) {
					roles.select(i);
				}
			}
			return null;
		});
		press(dialog, "OK");
		waitFor("Polismästare a member of the working group", () -> block("Arbetsgruppen").contains("medlem Polismästare") ? true : null,
				() -> block("Arbetsgruppen"));
		waitFor("the new member row drawn", () -> has(d -> rows(d, "Arbetsgruppen") == rows + 1) ? true : null);
		undoInDiagram();
		waitFor("the member row gone", () -> has(d -> rows(d, "Arbetsgruppen") == rows) ? true : null);
	}

	@Test
	@Order(3)
	void theMemberToolMakesANewRoleInThePartysFile() throws Exception {
		maximizeAndFit(); // every box on the page: Sprotty leaves out those outside the view
		tool("member");
		clickBox("working-group:Arbetsgruppen");
		Shell dialog = dialog("Ny medlem");
		ui(() -> {
			List<Text> texts = all(dialog, Text.class);
			texts.get(texts.size() - 1).setText("Klottersanerare");
			return null;
		});
		press(dialog, "OK");
		ITextEditor organisations = waitFor("the organisations' file open with the new role", () -> ui(() -> {
			for (var reference : Workbench.page().getEditorReferences()) {
				if (reference.getEditor(false) instanceof ITextEditor open && open != editor && open.isDirty()
						&& open.getDocumentProvider().getDocument(open.getEditorInput()).get().contains("Klottersanerare")) {
					return open;
				}
			}
			return null;
		}));
		assertNotNull(organisations);
		waitFor("the new role a member of the working group", () -> block("Arbetsgruppen").contains("Klottersanerare") ? true : null,
				() -> block("Arbetsgruppen"));
		// each file's part of the edit is one change of its own editor's history
		undoInDiagram();
		IDocument roles = ui(() -> organisations.getDocumentProvider().getDocument(organisations.getEditorInput()));
		String saved = java.nio.file.Files.readString(ui(() -> organisations.getEditorInput()
				.getAdapter(org.eclipse.core.resources.IFile.class).getLocation().toPath()));
		ui(() -> {
			organisations.getAction(org.eclipse.ui.texteditor.ITextEditorActionConstants.UNDO).run();
			return null;
		});
		waitFor("the organisations' text as saved after its Ctrl+Z", () -> ui(roles::get).equals(saved) ? true : null);
	}

	@Test
	@Order(4)
	void theReportsToToolDrawsAReportingLine() throws Exception {
		maximizeAndFit(); // every box on the page: Sprotty leaves out those outside the view
		tool("connect:rapporterar");
		clickBox("cooperation-group:CentralaSamverkansgruppen");
		clickBox("steering-group:Styrgruppen");
		waitFor("the reporting line in the text", () -> block("CentralaSamverkansgruppen").contains("rapporterar till Styrgruppen") ? true : null,
				() -> block("CentralaSamverkansgruppen"));
		waitFor("the reporting line drawn", () -> has(d -> edge(d, EdgeKinds.REPORTS_TO, "cooperation-group:CentralaSamverkansgruppen",
				"steering-group:Styrgruppen")) ? true : null);
		undoInDiagram();
		waitFor("the line gone", () -> has(d -> !edge(d, EdgeKinds.REPORTS_TO, "cooperation-group:CentralaSamverkansgruppen",
				"steering-group:Styrgruppen")) ? true : null);
	}

	@Test
	@Order(5)
	void theAssignmentToolDrawsAnAssignment() throws Exception {
		maximizeAndFit(); // every box on the page: Sprotty leaves out those outside the view
		tool("connect:uppdrag");
		clickBox("working-group:Arbetsgruppen");
		clickBox("crime-prevention-council:BRÅ");
		waitFor("the assignment in the text", () -> block("BRÅ").contains("uppdrag från Arbetsgruppen") ? true : null, () -> block("BRÅ"));
		waitFor("the assignment drawn", () -> has(d -> edge(d, EdgeKinds.ASSIGNS, "working-group:Arbetsgruppen",
				"crime-prevention-council:BRÅ")) ? true : null);
		undoInDiagram();
	}

	@Test
	@Order(6)
	void theLeadsToolNamesTheLeader() throws Exception {
		maximizeAndFit(); // every box on the page: Sprotty leaves out those outside the view
		tool("leads");
		clickBox("crime-prevention-council:BRÅ");
		Shell dialog = dialog("Vem leder organet?");
		choose(dialog, "Säkerhetschef");
		press(dialog, "OK");
		waitFor("the leader in the text", () -> block("BRÅ").contains("leds av Säkerhetschef") ? true : null, () -> block("BRÅ"));
		waitFor("the leader drawn", () -> has(d -> d.node("crime-prevention-council:BRÅ").get().details().stream()
				.anyMatch(detail -> detail.contains("Säkerhetschef"))) ? true : null);
		undoInDiagram();
	}

	@Test
	@Order(7)
	void theChairToolNamesAFixedChair() throws Exception {
		maximizeAndFit(); // every box on the page: Sprotty leaves out those outside the view
		tool("chair");
		clickBox("working-group:Arbetsgruppen");
		Shell dialog = dialog("Ordförande");
		choose(dialog, "Närpolisområdeschef");
		press(dialog, "OK");
		waitFor("the chair in the text", () -> block("Arbetsgruppen").contains("ordförande Närpolisområdeschef") ? true : null,
				() -> block("Arbetsgruppen"));
		undoInDiagram();
	}

	@Test
	@Order(8)
	void draggingAMemberRowMovesItAndCtrlCopiesIt() throws Exception {
		maximizeAndFit();
		int steering = count(d -> rows(d, "Styrgruppen"));
		int working = count(d -> rows(d, "Arbetsgruppen"));
		// member 1 of the steering group is Polismästare
		drag("member:Styrgruppen:1", "working-group:Arbetsgruppen", false, "diagram-editing-drag.png");
		waitFor("Polismästare moved in the text", () -> !block("Styrgruppen").contains("medlem Polismästare")
				&& block("Arbetsgruppen").contains("medlem Polismästare") ? true : null, DiagramEditingViewTest::text);
		waitFor("the row moved in the diagram", () -> has(d -> rows(d, "Styrgruppen") == steering - 1
				&& rows(d, "Arbetsgruppen") == working + 1) ? true : null);
		undoInDiagram();
		waitFor("the rows back", () -> has(d -> rows(d, "Styrgruppen") == steering && rows(d, "Arbetsgruppen") == working) ? true : null);

		maximizeAndFit();
		drag("member:Styrgruppen:1", "working-group:Arbetsgruppen", true, null);
		waitFor("Polismästare copied in the text", () -> block("Styrgruppen").contains("medlem Polismästare")
				&& block("Arbetsgruppen").contains("medlem Polismästare") ? true : null, DiagramEditingViewTest::text);
		waitFor("the row copied in the diagram", () -> has(d -> rows(d, "Styrgruppen") == steering
				&& rows(d, "Arbetsgruppen") == working + 1) ? true : null);
		undoInDiagram();
	}

	@Test
	@Order(9)
	void renamingATitleInPlace() throws Exception {
		maximizeAndFit();
		// Esc cancels: nothing changes
		clickBox("working-group:Arbetsgruppen");
		js("document.dispatchEvent(new KeyboardEvent('keydown',{key:'F2',bubbles:true,cancelable:true}));");
		waitFor("the title's editor", () -> Boolean.TRUE.equals(js("return document.querySelector('input.rename') != null;")) ? true : null);
		js("document.querySelector('input.rename').dispatchEvent(new KeyboardEvent('keydown',{key:'Escape',bubbles:true,cancelable:true}));");
		waitFor("the title's editor closed", () -> Boolean.TRUE.equals(js("return document.querySelector('input.rename') == null;")) ? true : null);
		assertEquals(original, text());

		// a double click on the title, a new title, Enter
		js("var t=document.getElementById('sprotty_working-group:Arbetsgruppen').querySelector(':scope > text.title');"
				+ "t.dispatchEvent(new MouseEvent('dblclick',{bubbles:true,cancelable:true,button:0,detail:2}));");
		waitFor("the title's editor", () -> Boolean.TRUE.equals(js("return document.querySelector('input.rename') != null;")) ? true : null);
		js("document.querySelector('input.rename').value='Arbetsgrupp för trygghet';");
		screenshot("diagram-editing-rename.png");
		js("document.querySelector('input.rename').dispatchEvent(new KeyboardEvent('keydown',{key:'Enter',bubbles:true,cancelable:true}));");
		waitFor("the new title in the text", () -> text().contains("arbetsgrupp Arbetsgruppen \"Arbetsgrupp för trygghet\"") ? true : null,
				() -> block("Arbetsgruppen"));
		waitFor("the new title drawn", () -> has(d -> d.node("working-group:Arbetsgruppen").get().label().equals("Arbetsgrupp för trygghet"))
				? true : null);
		undoInDiagram();
		waitFor("the old title drawn", () -> has(d -> d.node("working-group:Arbetsgruppen").get().label().equals("Arbetsgrupp")) ? true : null);
	}

	@Test
	@Order(10)
	void deletingABodyListsTheReferencesFirst() throws Exception {
		maximizeAndFit();
		clickBox("steering-group:Styrgruppen");
		selectedInPage("steering-group:Styrgruppen");
		pressDelete();
		Shell cancelled = dialog("Ta bort Styrgruppen");
		assertTrue(ui(() -> all(cancelled, Label.class).stream().anyMatch(label -> label.getText().contains("rapporterar till Styrgruppen"))),
				"the dialog lists the reporting line that would dangle");
		press(cancelled, "Avbryt|Cancel");
		Thread.sleep(500);
		assertEquals(original, text(), "cancelled: nothing deleted");

		clickBox("steering-group:Styrgruppen");
		selectedInPage("steering-group:Styrgruppen");
		pressDelete();
		Shell confirm = dialog("Ta bort Styrgruppen");
		screenshotOf(confirm, "diagram-editing-delete.png");
		press(confirm, "OK");
		waitFor("the steering group gone from the text", () -> !text().contains("styrgrupp Styrgruppen") ? true : null);
		assertFalse(text().contains("rapporterar till Styrgruppen"), "no reference dangles");
		waitFor("the steering group gone from the diagram", () -> has(d -> d.node("steering-group:Styrgruppen").isEmpty()) ? true : null);
		undoInDiagram();
		waitFor("the steering group back", () -> has(d -> d.node("steering-group:Styrgruppen").isPresent()) ? true : null);
	}

	@Test
	@Order(11)
	@Disabled("passes alone; in the whole bundle its Ctrl+Z does not give back the text (issue 18, open)")
	void thePropertiesViewEditsTheMeetingsOfTheSelectedBody() throws Exception {
		maximizeAndFit(); // every box on the page: Sprotty leaves out those outside the view
		clickBox("working-group:Arbetsgruppen");
		IPropertySource properties = waitFor("the working group's properties", () -> ui(() -> view.editing().getSelection() instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof IPropertySource source ? source : null));
		ui(() -> {
			Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
			Workbench.page().activate(view);
			properties.setPropertyValue("meets", "4 gånger per år");
			return null;
		});
		waitFor("the meetings in the text", () -> block("Arbetsgruppen").contains("4 gånger per år") ? true : null, () -> block("Arbetsgruppen"));
		assertEquals("4 gånger per år", waitFor("the property read again", () -> ui(() -> {
			Object meets = properties.getPropertyValue("meets");
			return "4 gånger per år".equals(meets) ? meets : null;
		})));
		Thread.sleep(1000);
		ui(() -> {
			Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			return Workbench.screenshot(window.getBounds(), Workbench.screenshotFile("diagram-editing-properties.png"));
		});
		undoInDiagram();
	}

	// --- gestures -------------------------------------------------------------------------------------------

	private static Object js(String script) throws Exception {
		return ui(() -> view.browser().control().evaluate(script));
	}

	private static void tool(String id) throws Exception {
		// Esc first: a tool left armed by a failed step would be disarmed by a click on its button
		js("document.dispatchEvent(new KeyboardEvent('keydown',{key:'Escape',bubbles:true,cancelable:true}));");
		js("document.querySelector('#palette button[data-tool=\"" + id + "\"]').click();");
		waitFor("the tool " + id + " armed", () -> id.equals(js("return window.samverka.editing.armed();")) ? true : null);
	}

	/** A mouse press and release in the middle of a box, as Sprotty and the palette's tools hear them. */
	private static void clickBox(String id) throws Exception {
		waitFor("the box " + id + " on the page", () -> Boolean.TRUE.equals(js("return document.getElementById('sprotty_" + id + "') != null;"))
				? true : null);
		js("var box=document.getElementById('sprotty_" + id + "').querySelector(':scope > rect');var r=box.getBoundingClientRect();"
				+ "['mousedown','mouseup'].forEach(function(t){box.dispatchEvent(new MouseEvent(t,{bubbles:true,cancelable:true,"
				+ "button:0,detail:1,clientX:r.left+r.width/2,clientY:r.top+5}));});");
	}

	/** Presses on one box, moves the mouse over another in steps, and releases it there. */
	private static void drag(String from, String to, boolean ctrl, String screenshot) throws Exception {
		String setUp = "var a=document.getElementById('sprotty_" + from + "').querySelector(':scope > rect').getBoundingClientRect();"
				+ "var b=document.getElementById('sprotty_" + to + "').querySelector(':scope > rect').getBoundingClientRect();"
				+ "var x0=a.left+a.width/2,y0=a.top+a.height/2,x1=b.left+b.width/2,y1=b.top+b.height-4;";
		js(setUp + "document.elementFromPoint(x0,y0).dispatchEvent(new MouseEvent('mousedown',{bubbles:true,cancelable:true,button:0,"
				+ "clientX:x0,clientY:y0,ctrlKey:" + ctrl + "}));"
				+ "for(var i=1;i<=10;i++){document.elementFromPoint(x0+(x1-x0)*i/10,y0+(y1-y0)*i/10).dispatchEvent(new MouseEvent('mousemove',"
				+ "{bubbles:true,cancelable:true,buttons:1,clientX:x0+(x1-x0)*i/10,clientY:y0+(y1-y0)*i/10,ctrlKey:" + ctrl + "}));}");
		if (screenshot != null) {
			Thread.sleep(300);
			screenshot(screenshot);
		}
		js(setUp + "document.elementFromPoint(x1,y1).dispatchEvent(new MouseEvent('mouseup',{bubbles:true,cancelable:true,button:0,"
				+ "clientX:x1,clientY:y1,ctrlKey:" + ctrl + "}));");
	}

	/** Waits until the page draws the box as selected: Delete and F2 act on what the page shows selected. */
	private static void selectedInPage(String id) throws Exception {
		waitFor("the box " + id + " drawn selected", () -> Boolean.TRUE.equals(js("return document.getElementById('sprotty_" + id
				+ "').classList.contains('selected') && document.querySelectorAll('#sprotty g.box.selected').length == 1;")) ? true : null);
	}

	private static void pressDelete() throws Exception {
		js("document.dispatchEvent(new KeyboardEvent('keydown',{key:'Delete',bubbles:true,cancelable:true}));");
	}

	/** Ctrl+Z in the diagram: the editor's undo; the text is as it was before the edit, byte for byte. */
	private static void undoInDiagram() throws Exception {
		js("document.dispatchEvent(new KeyboardEvent('keydown',{key:'z',ctrlKey:true,bubbles:true,cancelable:true}));");
		waitFor("the text as it was after Ctrl+Z", () -> original.equals(text()) ? true : null, DiagramEditingViewTest::text);
	}

	private static void maximizeAndFit() throws Exception {
		ui(() -> {
			Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
			return null;
		});
		Thread.sleep(800);
		ui(() -> {
			view.browser().fit();
			return null;
		});
		Thread.sleep(1500); // the fit is animated
	}

	// --- dialogs ---------------------------------------------------------------------------------------------

	private static Shell dialog(String title) throws Exception {
		return waitFor("the dialog " + title, () -> ui(() -> {
			for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
				if (shell.isVisible() && title.equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		}), () -> ui(() -> java.util.Arrays.stream(PlatformUI.getWorkbench().getDisplay().getShells()).filter(Shell::isVisible)
				.map(Shell::getText).toList()) + " selected: " + js("return Array.from(document.querySelectorAll('#sprotty g.selected')).map(function(g){return g.id;}).join(',');"));
	}

	private static void press(Shell dialog, String button) throws Exception {
		ui(() -> {
			for (Button candidate : all(dialog, Button.class)) {
				if (candidate.getText().replace("&", "").matches(button)) {
					candidate.notifyListeners(SWT.Selection, new Event());
					return null;
				}
			}
			throw new AssertionError("no button " + button + " in " + dialog.getText());
		});
	}

	private static void choose(Shell dialog, String itemStart) throws Exception {
		ui(() -> {
			Combo combo = find(dialog, Combo.class);
			for (int i = 0; i < combo.getItemCount(); i++) {
				if (combo.getItem(i).startsWith(itemStart)) {
					combo.select(i);
					return null;
				}
			}
			throw new AssertionError("no " + itemStart + " among " + List.of(combo.getItems()));
		});
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		List<T> found = all(parent, type);
		if (found.isEmpty()) {
			throw new AssertionError("no " + type.getSimpleName());
		}
		return found.get(0);
	}

	private static <T extends Control> List<T> all(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}

	// --- what is checked ---------------------------------------------------------------------------------------

	private static String text() throws Exception {
		return ui(document::get);
	}

	/** The statement of a body in the text, from its line to the end of its block. */
	private static String block(String body) throws Exception {
		String text = text();
		int start = text.indexOf(" " + body + " \"");
		if (start < 0) {
			return "";
		}
		int end = text.indexOf("\n\t}", start);
		return text.substring(start, end < 0 ? text.length() : end);
	}

	/** The edit added lines, and changed none of the others. */
	private static void assertOnlyLinesAdded(String after, String added) {
		List<String> left = new ArrayList<>(List.of(after.split("\n", -1)));
		for (String line : original.split("\n", -1)) {
			assertTrue(left.remove(line), "line kept: " + line);
		}
		assertTrue(left.stream().anyMatch(line -> line.contains(added)), left.toString());
	}

	private static boolean has(Predicate<Diagram> check) {
		var shown = view.shown();
		return shown != null && check.test(shown.diagram());
	}

	private static <T> T count(java.util.function.Function<Diagram, T> what) throws Exception {
		return waitFor("a diagram", () -> view.shown() == null ? null : what.apply(view.shown().diagram()));
	}

	private static int rows(Diagram diagram, String body) {
		return (int) diagram.nodes().stream().filter(node -> node.id().startsWith("member:" + body + ":")).count();
	}

	private static boolean edge(Diagram diagram, String kind, String source, String target) {
		return diagram.edges().stream().anyMatch(edge -> edge.kind().equals(kind) && edge.source().id().equals(source)
				&& edge.target().id().equals(target));
	}

	private static List<String> selected() throws Exception {
		Object json = js("return JSON.stringify(Array.from(document.querySelectorAll('#sprotty g.box.selected')).map(function(e){return e.id.replace(/^sprotty_/,'');}));");
		return json == null ? List.of() : com.google.gson.JsonParser.parseString((String) json).getAsJsonArray().asList().stream()
				.map(e -> e.getAsString()).toList();
	}

	private static void screenshot(String name) throws Exception {
		ui(() -> {
			Control control = view.browser().control();
			Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
			return Workbench.screenshot(bounds, Workbench.screenshotFile(name));
		});
	}

	private static void screenshotOf(Shell dialog, String name) throws Exception {
		Thread.sleep(500);
		ui(() -> Workbench.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getBounds(),
				Workbench.screenshotFile(name)));
		assertNotNull(dialog);
	}
}
