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
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.core.commands.Command;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.EdgeKinds;
import se.samverka.diagram.ui.view.DiagramViewPart;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;
import se.samverka.editor.EditorPlugin;

/**
 * Editing Botkyrka's governance structure in the diagram view, with the gestures a user makes
 * (real mouse and key events on the screen, Display.post, aimed where the page draws the boxes; the dialogs' buttons): each palette tool, dragging a member
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
		js("window.keysHeard=[];document.addEventListener('keydown',function(e){window.keysHeard.push((e.ctrlKey?'Ctrl+':'')+e.key);},true);"
				+ "document.addEventListener('mouseup',function(e){window.keysHeard.push('mouseup'+(e.ctrlKey?'+Ctrl':''));},true);"
				// and what Java asks of the page for the keys it hears
				+ "var ed=window.samverka.editing;['escape','renameSelected','deleteSelected'].forEach(function(n){var f=ed[n];"
				+ "ed[n]=function(){window.keysHeard.push(n+'()');return f.apply(ed,arguments);};});return null;");
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
				&& rows(d, "Styrgruppen") == steeringRows) ? true : null,
				() -> "view of " + view.uri() + ", Styrgruppen's rows " + (view.shown() == null ? "none" : rows(view.shown().diagram(), "Styrgruppen"))
						+ " of " + steeringRows + "; " + keysHeard());
	}

	@Test
	@Order(1)
	void theBodyToolDrawsANewWorkingGroupAndCtrlZTakesItAway() throws Exception {
		maximizeAndFit();
		long workingGroups = count(d -> d.nodes().stream().filter(n -> n.id().startsWith("working-group:")).count());
		tool("body:arbetsgrupp");
		// a click on empty space: a new body at the agreement's top level
		click(emptySpace());
		Shell dialog = dialog("Nytt organ");
		ui(() -> {
			find(dialog, Text.class).setText("Grupp mot klotter");
			return null;
		});
		clickButton(dialog, "OK");
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
		// Ctrl+Y redoes it, Ctrl+Z undoes it again
		keys(null, "Ctrl+y", new int[] { SWT.KeyDown, SWT.CTRL, 0 }, new int[] { SWT.KeyDown, 0, 'y' }, new int[] { SWT.KeyUp, 0, 'y' },
				new int[] { SWT.KeyUp, SWT.CTRL, 0 });
		waitFor("the new working group back after Ctrl+Y", () -> after.equals(text()) ? true : null, DiagramEditingViewTest::keysHeard);
		waitFor("the new working group drawn again", () -> has(d -> d.node("working-group:GruppMotKlotter").isPresent()) ? true : null);
		undoInDiagram();
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
		clickButton(dialog, "OK");
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
		clickButton(dialog, "OK");
		ITextEditor organisations = organisationsEditorWith("Klottersanerare");
		assertNotNull(organisations);
		waitFor("the new role a member of the working group", () -> block("Arbetsgruppen").contains("Klottersanerare") ? true : null,
				() -> block("Arbetsgruppen"));
		// each file's part of the edit is one change of its own editor's history
		undoInDiagram();
		undoToSaved(organisations);
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
		clickButton(dialog, "OK");
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
		clickButton(dialog, "OK");
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
				&& block("Arbetsgruppen").contains("medlem Polismästare") ? true : null, DiagramEditingViewTest::keysHeard);
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
		selectedInPage("working-group:Arbetsgruppen");
		key(SWT.F2);
		waitFor("the title's editor", () -> Boolean.TRUE.equals(js("return document.querySelector('input.rename') != null;")) ? true : null);
		key(SWT.ESC);
		waitFor("the title's editor closed", () -> Boolean.TRUE.equals(js("return document.querySelector('input.rename') == null;")) ? true : null,
				DiagramEditingViewTest::keysHeard);
		assertEquals(original, text());

		// a double click on the title, a new title, Enter
		doubleClick(onScreen("document.getElementById('sprotty_working-group:Arbetsgruppen').querySelector(':scope > text.title')",
				"r.width/2", "r.height/2"));
		waitFor("the title's editor", () -> Boolean.TRUE.equals(js("return document.querySelector('input.rename') != null;")) ? true : null);
		// typed letters replace the selected title; Ctrl+Z in the box undoes the typing, not the editor's last change
		typeKeys("xy");
		waitFor("the letters typed in the title's editor", () -> "xy".equals(js("return document.querySelector('input.rename').value;")) ? true : null,
				() -> js("return document.querySelector('input.rename').value;"));
		undoKey();
		waitFor("the typing undone in the title's editor", () -> "Arbetsgrupp".equals(js("var i=document.querySelector('input.rename');return i&&i.value;")) ? true : null,
				() -> js("var i=document.querySelector('input.rename');return i&&i.value;") + " " + keysHeard());
		Thread.sleep(500);
		assertEquals(original, text(), "Ctrl+Z in the title's editor leaves the text be");
		// the Swedish title as an input method gives it: the value and its input event (Xvfb's keyboard has no ö)
		js("var i=document.querySelector('input.rename');i.value='Arbetsgrupp för trygghet';i.dispatchEvent(new Event('input'));");
		assertTrue(Boolean.TRUE.equals(js("var i=document.querySelector('input.rename');return i.scrollWidth<=i.clientWidth;")),
				"the whole title shows in its editor");
		screenshot("diagram-editing-rename.png");
		key(SWT.CR);
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
		key(SWT.DEL);
		// named by the title the diagram draws, not by the model's name (Styrgruppen)
		Shell cancelled = dialog("Ta bort Styrgrupp");
		assertTrue(ui(() -> all(cancelled, Label.class).stream().anyMatch(label -> label.getText().contains("rapporterar till Styrgruppen"))),
				"the dialog lists the reporting line that would dangle");
		clickButton(cancelled, "Avbryt|Cancel");
		Thread.sleep(500);
		assertEquals(original, text(), "cancelled: nothing deleted");

		clickBox("steering-group:Styrgruppen");
		selectedInPage("steering-group:Styrgruppen");
		key(SWT.DEL);
		Shell confirm = dialog("Ta bort Styrgrupp");
		screenshotOf(confirm, "diagram-editing-delete.png");
		clickButton(confirm, "OK");
		waitFor("the steering group gone from the text", () -> !text().contains("styrgrupp Styrgruppen") ? true : null);
		assertFalse(text().contains("rapporterar till Styrgruppen"), "no reference dangles");
		waitFor("the steering group gone from the diagram", () -> has(d -> d.node("steering-group:Styrgruppen").isEmpty()) ? true : null);
		undoInDiagram();
		waitFor("the steering group back", () -> has(d -> d.node("steering-group:Styrgruppen").isPresent()) ? true : null);
	}

	@Test
	@Order(11)
	void thePropertiesViewEditsTheMeetingsOfTheSelectedBody() throws Exception {
		maximizeAndFit(); // every box on the page: Sprotty leaves out those outside the view
		clickBox("working-group:Arbetsgruppen");
		IPropertySource properties = waitFor("the working group's properties", () -> ui(() -> view.editing().getSelection() instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof IPropertySource source && "Arbetsgrupp".equals(source.getPropertyValue("title")) ? source : null));
		// the working group meets 4 times a year: another frequency is an edit (the same one edits nothing, and Ctrl+Z
		// would then undo what came before it in the editor's history)
		assertEquals("4 gånger per år", ui(() -> properties.getPropertyValue("meets")));
		ui(() -> {
			// the diagram beside the Properties view and its text, as a user edits it
			Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
			Workbench.page().bringToTop(editor);
			Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
			Workbench.page().activate(view);
			properties.setPropertyValue("meets", "minst 1 gång per månad");
			return null;
		});
		waitFor("the meetings in the text", () -> block("Arbetsgruppen").contains("minst 1 gång per månad") ? true : null,
				() -> block("Arbetsgruppen"));
		assertFalse(block("Arbetsgruppen").contains("4 gånger per år"), "the old frequency replaced");
		assertEquals("minst 1 gång per månad", waitFor("the property read again", () -> ui(() -> {
			Object meets = properties.getPropertyValue("meets");
			return "minst 1 gång per månad".equals(meets) ? meets : null;
		})));
		windowScreenshot("diagram-editing-properties.png");
		undoInDiagram();
	}

	@Test
	@Order(12)
	void renamingARoleFromItsMemberRow() throws Exception {
		maximizeAndFit();
		// member 1 of the steering group is Polismästare, a role of the organisations' file
		clickBox("member:Styrgruppen:1");
		waitFor("the row drawn selected", () -> Boolean.TRUE.equals(js(
				"return document.getElementById('sprotty_member:Styrgruppen:1').classList.contains('selected');")) ? true : null);
		key(SWT.F2);
		waitFor("the row's title editor", () -> "Polismästare".equals(js("var i=document.querySelector('input.rename');return i==null?null:i.value;"))
				? true : null);
		js("document.querySelector('input.rename').value='Polismästare i Södertörn';");
		key(SWT.CR);
		ITextEditor organisations = organisationsEditorWith("funktion Polismästare \"Polismästare i Södertörn\"");
		assertEquals(original, text(), "the sub-agreement's text is not touched: the role is written in the organisations' file");
		waitFor("every row of the role drawn with the new title", () -> has(d -> d.nodes().stream()
				.anyMatch(n -> n.id().equals("member:Styrgruppen:1") && n.label().equals("Polismästare i Södertörn"))) ? true : null);
		undoToSaved(organisations);
	}

	/**
	 * Botkyrka's governance drawn from an agreement that has its parties, roles and coordinators
	 * but no body, with the palette and the Properties view only; the text that results validates
	 * without an error. Screenshots of each step go to target/screenshots/diagram-drawing-*.png
	 * (docs/images has copies, shown in docs/diagrams.md and the README).
	 */
	@Test
	@Order(13)
	void drawingBotkyrkasGovernanceFromAnEmptyAgreement() throws Exception {
		IFolder folder = Workbench.exampleProject().getFolder("ritning");
		IFile agreement = folder.getFile("styrning.samverkan");
		ITextEditor drawing = null;
		try {
			ui(() -> {
				folder.create(true, true, null);
				for (String copied : List.of("organisationer.samverkan", "avtalet.samverkan")) {
					folder.getFile(copied).create(Workbench.exampleProject().getFile("botkyrka/" + copied).getContents(), true, null);
				}
				agreement.create(new java.io.ByteArrayInputStream(EMPTY_AGREEMENT.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
				return null;
			});
			ITextEditor opened = ui(() -> (ITextEditor) org.eclipse.ui.ide.IDE.openEditor(Workbench.page(), agreement, true));
			drawing = opened;
			IDocument text = ui(() -> opened.getDocumentProvider().getDocument(opened.getEditorInput()));
			waitFor("the empty agreement's diagram: the parties, no body", () -> has(d -> d.node("party:Polisen").isPresent()
					&& d.nodes().stream().noneMatch(n -> n.id().startsWith("steering-group:"))) ? true : null);
			maximizeAndFit();
			screenshot("diagram-drawing-1-empty.png");

			newBody(text, "body:styrgrupp", "Styrgrupp", "styrgrupp Styrgrupp \"Styrgrupp\"", "steering-group:Styrgrupp");
			newBody(text, "body:arbetsgrupp", "Arbetsgrupp", "arbetsgrupp Arbetsgrupp \"Arbetsgrupp\"", "working-group:Arbetsgrupp");
			maximizeAndFit();
			tool("connect:rapporterar");
			clickBox("working-group:Arbetsgrupp");
			clickBox("steering-group:Styrgrupp");
			waitFor("the working group reporting to the steering group", () -> has(d -> edge(d, EdgeKinds.REPORTS_TO,
					"working-group:Arbetsgrupp", "steering-group:Styrgrupp")) ? true : null, () -> ui(text::get));
			screenshot("diagram-drawing-2-bodies.png");

			for (String[] member : new String[][] { { "steering-group:Styrgrupp", "Polismästare" },
					{ "steering-group:Styrgrupp", "Kommundirektör" }, { "working-group:Arbetsgrupp", "Närpolisområdeschef" },
					{ "working-group:Arbetsgrupp", "Trygghetssamordnare" } }) {
				String body = member[0].substring(member[0].indexOf(':') + 1);
				int rows = count(d -> rows(d, body));
				maximizeAndFit();
				tool("member");
				clickBox(member[0]);
				Shell dialog = dialog("Ny medlem");
				choose(dialog, member[1]);
				clickButton(dialog, "OK");
				waitFor(member[1] + " drawn in " + body, () -> has(d -> rows(d, body) == rows + 1) ? true : null, () -> ui(text::get));
			}
			maximizeAndFit();
			screenshot("diagram-drawing-3-members.png");

			tool("chair");
			clickBox("steering-group:Styrgrupp");
			Shell chair = dialog("Ordförande");
			choose(chair, "Kommundirektör");
			clickButton(chair, "OK");
			waitFor("the chair in the text", () -> ui(text::get).contains("ordförande Kommundirektör") ? true : null, () -> ui(text::get));

			maximizeAndFit();
			clickBox("steering-group:Styrgrupp");
			IPropertySource properties = waitFor("the steering group's properties", () -> ui(() -> view.editing().getSelection()
					instanceof IStructuredSelection selection && selection.getFirstElement() instanceof IPropertySource source
					&& "Styrgrupp".equals(source.getPropertyValue("title")) ? source : null));
			ui(() -> {
				Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
				Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
				Workbench.page().activate(view);
				properties.setPropertyValue("meets", "4 gånger per år");
				return null;
			});
			waitFor("the meetings in the text", () -> ui(text::get).contains("4 gånger per år") ? true : null, () -> ui(text::get));
			ui(() -> {
				properties.setPropertyValue("mandate", "Beslutar om samverkan och följer upp åtgärdsplanerna.");
				return null;
			});
			waitFor("the mandate in the text", () -> ui(text::get).contains("följer upp åtgärdsplanerna") ? true : null, () -> ui(text::get));
			windowScreenshot("diagram-drawing-4-properties.png");

			// the text drawn validates as the command line checks it: no error
			ITextEditor drawn = drawing;
			ui(() -> {
				drawn.doSave(null);
				return null;
			});
			ModelFolder models = EditorPlugin.get().language().getInstance(ModelFolder.class);
			java.nio.file.Path file = agreement.getLocation().toPath();
			models.load(List.of(file));
			List<Problem> errors = models.validate(file, () -> false).stream()
					.filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
			assertEquals(List.of(), errors, ui(text::get));
		} finally {
			ITextEditor opened = drawing;
			ui(() -> {
				if (opened != null) {
					Workbench.page().closeEditor(opened, false);
				}
				folder.delete(true, null);
				Workbench.page().activate(editor);
				return null;
			});
		}
	}

	/** Botkyrka's sub-agreement before anything is drawn: its parties and coordinators, no body. */
	private static final String EMPTY_AGREEMENT = """
			// Botkyrkas styrning, ritad i diagrammet: parterna, deras funktioner och samordnare finns, organen saknas än.
			avtal Ritat "Samverkan i Botkyrka" {
				typ underavtal
				under Avtalet
				parter Polisen, Kommunen kallade "Parterna"
				kommun Botkyrka

				samordning {
					samordnare SamordnarePolisen för Polisen funktion BF-samordnare person KentAndersson
					samordnare SamordnareKommunen för Kommunen funktion Trygghetssamordnare person BeyronAhxner
				}
			}
			""";

	/** A palette tool for a body, a click on empty space, a title: the body in the text and drawn. */
	private static void newBody(IDocument text, String tool, String title, String written, String id) throws Exception {
		maximizeAndFit();
		tool(tool);
		click(emptySpace());
		Shell dialog = dialog("Nytt organ");
		ui(() -> {
			find(dialog, Text.class).setText(title);
			return null;
		});
		clickButton(dialog, "OK");
		waitFor(written + " in the text", () -> ui(text::get).contains(written) ? true : null, () -> ui(text::get));
		waitFor(id + " drawn", () -> has(d -> d.node(id).isPresent()) ? true : null);
	}

	// --- gestures -------------------------------------------------------------------------------------------

	private static Object js(String script) throws Exception {
		return ui(() -> view.browser().control().evaluate(script));
	}

	private static void tool(String id) throws Exception {
		// Esc first: a tool left armed by a failed step would be disarmed by a click on its button
		key(SWT.ESC);
		waitFor("no tool armed", () -> js("return window.samverka.editing.armed();") == null ? true : null);
		click(onScreen("document.querySelector('#palette button[data-tool=\"" + id + "\"]')", "r.width/2", "r.height/2"));
		waitFor("the tool " + id + " armed", () -> id.equals(js("return window.samverka.editing.armed();")) ? true : null);
	}

	/** A mouse press and release in the middle of a box, as Sprotty and the palette's tools hear them. */
	private static void clickBox(String id) throws Exception {
		waitFor("the box " + id + " on the page", () -> Boolean.TRUE.equals(js("return document.getElementById('sprotty_" + id + "') != null;"))
				? true : null);
		click(onScreen(rectOf(id), "r.width/2", "5"));
	}

	/**
	 * Presses on one box, moves the mouse over another in steps (with Ctrl held on the keyboard: a
	 * copy), and releases it there, where the page shows the target body or one of its rows.
	 */
	private static void drag(String from, String to, boolean ctrl, String screenshot) throws Exception {
		Point start = onScreen(rectOf(from), "r.width/2", "r.height/2");
		Point end = visiblePointOf(to);
		// the body outlined as the drop's target, or the row of it the pointer is over (the member goes to that row's place)
		Callable<Boolean> outlined = () -> Boolean.TRUE.equals(js("var t=document.getElementById('sprotty_" + to
				+ "');var d=document.querySelector('#sprotty .drop-target');return t!=null&&d!=null&&t.contains(d);")) ? true : null;
		for (int attempt = 1;; attempt++) {
			focusThePage();
			if (ctrl) {
				keys(null, "Ctrl+Control", new int[] { SWT.KeyDown, SWT.CTRL, 0 });
			}
			move(start);
			post(SWT.MouseDown, 1);
			for (int i = 1; i <= 10; i++) {
				move(new Point(start.x + (end.x - start.x) * i / 10, start.y + (end.y - start.y) * i / 10));
				Thread.sleep(40); // the page follows each move (the outline of the body under the pointer)
			}
			if (within(15_000, outlined, 50)) {
				break;
			}
			// on a loaded X server the press can reach the page before it listens: let go on the row
			// itself, which drops nothing, and drag again
			move(start);
			post(SWT.MouseUp, 1);
			if (ctrl) {
				keys(null, null, new int[] { SWT.KeyUp, SWT.CTRL, 0 });
			}
			if (attempt == 2) {
				throw new AssertionError("the drag from " + from + " did not reach " + to + ": " + keysHeard());
			}
			Thread.sleep(500);
		}
		if (screenshot != null) {
			// the ghost follows the last move; the shot is taken before the hover tooltip of the body under the pointer shows
			Thread.sleep(100);
			ui(() -> {
				Control control = view.browser().control();
				return Workbench.screenshot(control.getDisplay().map(control.getParent(), null, control.getBounds()),
						Workbench.screenshotFile(screenshot));
			});
		}
		post(SWT.MouseUp, 1);
		if (ctrl) {
			keys(null, null, new int[] { SWT.KeyUp, SWT.CTRL, 0 });
		}
	}

	// --- real mouse and keyboard events (Display.post), where the page draws what they aim at -------------

	/** A script for a box's outline on the page. */
	private static String rectOf(String id) {
		return "document.getElementById('sprotty_" + id + "').querySelector(':scope > rect')";
	}

	/**
	 * A point of a page element on the screen: x and y are script expressions in the element's
	 * bounds r (from its left and top), converted from the page's pixels to the display's.
	 */
	private static Point onScreen(String element, String x, String y) throws Exception {
		// the page's pixels are the display's points: WebKit and SWT scale alike
		Object[] at = (Object[]) waitFor("the element " + element + " on the page", () -> js("var e=" + element
				+ ";if(!e)return null;var r=e.getBoundingClientRect();return [r.left+(" + x + "),r.top+(" + y + ")];"));
		return ui(() -> view.browser().control().toDisplay((int) Math.round(((Number) at[0]).doubleValue()),
				(int) Math.round(((Number) at[1]).doubleValue())));
	}

	/** A point of the diagram where no box is drawn (nor the palette, nor its hint), from the bottom right up. */
	private static Point emptySpace() throws Exception {
		Object[] at = (Object[]) waitFor("empty space in the diagram", () -> js("var svg=document.querySelector('#sprotty svg');"
				+ "var r=svg.getBoundingClientRect();for(var y=r.bottom-50;y>r.top+10;y-=10){for(var x=r.right-10;x>r.left+10;x-=10){"
				+ "var e=document.elementFromPoint(x,y);if(e&&e.closest('#sprotty')&&!e.closest('g.box'))return [x,y];}}return null;"));
		return ui(() -> view.browser().control().toDisplay((int) Math.round(((Number) at[0]).doubleValue()),
				(int) Math.round(((Number) at[1]).doubleValue())));
	}

	private static void click(Point at) throws Exception {
		focusThePage();
		move(at);
		post(SWT.MouseDown, 1);
		post(SWT.MouseUp, 1);
	}

	private static void doubleClick(Point at) throws Exception {
		focusThePage();
		move(at);
		for (int i = 0; i < 2; i++) {
			post(SWT.MouseDown, 1);
			post(SWT.MouseUp, 1);
		}
	}

	/**
	 * A point where the page shows the box itself, as a user aims a drop: not one of its rows, a line
	 * or the palette over it, nor a gap between rows; from its bottom up, from its middle out. In the page's pixels.
	 */
	private static Object[] visiblePagePointOf(String id) throws Exception {
		return (Object[]) waitFor("a point of " + id + " in sight", () -> js("var b=document.getElementById('sprotty_" + id
				+ "');if(!b)return null;var r=b.querySelector(':scope > rect').getBoundingClientRect();"
				+ "for(var y=r.bottom-4;y>r.top+4;y-=4){for(var d=0;d<r.width/2-4;d+=6){for(var x of [r.left+r.width/2+d,r.left+r.width/2-d]){"
				+ "var ok=true;for(var dy of [-4,0,4]){var e=document.elementFromPoint(x,y+dy);ok=ok&&e&&e.closest('#sprotty g.box')===b;}if(ok)return [x,y];}}}return null;"));
	}

	private static Point visiblePointOf(String id) throws Exception {
		Object[] at = visiblePagePointOf(id);
		return ui(() -> view.browser().control().toDisplay((int) Math.round(((Number) at[0]).doubleValue()),
				(int) Math.round(((Number) at[1]).doubleValue())));
	}

	/** Whether the probe answers within the time given. */
	private static boolean within(long millis, Callable<Boolean> probe) throws Exception {
		return within(millis, probe, 250);
	}

	private static boolean within(long millis, Callable<Boolean> probe, long every) throws Exception {
		long deadline = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < deadline) {
			if (probe.call() != null) {
				return true;
			}
			Thread.sleep(every);
		}
		return false;
	}

	private static void move(Point to) throws Exception {
		ui(() -> {
			Event event = new Event();
			event.type = SWT.MouseMove;
			event.x = to.x;
			event.y = to.y;
			return view.browser().control().getDisplay().post(event);
		});
	}

	private static void post(int type, int button) throws Exception {
		ui(() -> {
			Event event = new Event();
			event.type = type;
			event.button = button;
			return view.browser().control().getDisplay().post(event);
		});
	}

	/** A key pressed and released; with a modifier (SWT.CTRL), a character pressed while it is held. */
	private static void key(int keyCode) throws Exception {
		// Delete and F2 are the workbench's keys: its commands hand them to the page's selected box
		String command = keyCode == SWT.DEL ? IWorkbenchCommandConstants.EDIT_DELETE
				: keyCode == SWT.F2 ? IWorkbenchCommandConstants.FILE_RENAME : null;
		// as the page hears it; Esc only through Java, which keeps it from the page
		String heardAs = keyCode == SWT.DEL ? "Delete" : keyCode == SWT.F2 ? "F2" : keyCode == SWT.CR ? "Enter"
				: keyCode == SWT.ESC ? "escape()|Escape" : null;
		keys(command, heardAs, new int[] { SWT.KeyDown, keyCode, 0 }, new int[] { SWT.KeyUp, keyCode, 0 });
	}

	/** Ctrl+Z: the workbench's Undo, which the diagram view hands to its editor. */
	private static void undoKey() throws Exception {
		keys(IWorkbenchCommandConstants.EDIT_UNDO, "Ctrl+z", new int[] { SWT.KeyDown, SWT.CTRL, 0 }, new int[] { SWT.KeyDown, 0, 'z' },
				new int[] { SWT.KeyUp, 0, 'z' }, new int[] { SWT.KeyUp, SWT.CTRL, 0 });
	}

	/**
	 * Posts key events ({type, keyCode, character}) at once, in one turn of the UI thread: a key
	 * held while the workbench is busy would repeat (the X server's auto-repeat) and act twice.
	 * The page must then hear the key (heardAs, as its recorder writes it, | between choices; null: not checked). A key
	 * the X server gave to no window is pressed again, as a user presses a key that did nothing.
	 */
	private static void keys(String command, String heardAs, int[]... events) throws Exception {
		focusThePage();
		// the pointer beside the page, on the view's tool bar: Xvfb runs no window manager, so the X
		// server gives a key to the window under the pointer, and over the page that can be the web
		// view's own window, which passes it to no one (seen after a drag and after a dialog)
		move(ui(() -> view.browser().control().toDisplay(-5, -5)));
		if (command != null) {
			// after a dialog closes, the window's handlers (the view's Undo, Delete, Rename) come back a moment later
			waitFor("the command " + command + " ready in the diagram view", () -> ui(() -> {
				Command bound = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(command);
				return bound.isHandled() && bound.isEnabled() ? true : null;
			}));
		}
		for (int attempt = 1;; attempt++) {
			Number before = (Number) js("return window.keysHeard.length;");
			ui(() -> {
				for (int[] each : events) {
					Event event = new Event();
					event.type = each[0];
					event.keyCode = each[1] != 0 ? each[1] : each[2];
					event.character = (char) each[2];
					if (!view.browser().control().getDisplay().post(event)) {
						throw new AssertionError("the display did not take the key " + each[1] + "/" + each[2]);
					}
				}
				return null;
			});
			if (heardAs == null || within(4000, () -> Boolean.TRUE.equals(js("var heard=window.keysHeard.slice(" + before.intValue()
					+ ");return '" + heardAs + "'.split('|').some(function(k){return heard.indexOf(k)>=0;});")) ? true : null)) {
				return;
			}
			if (attempt == 3) {
				throw new AssertionError("the key " + heardAs + " reached no window, three times: " + keysHeard());
			}
			System.err.println("DiagramEditingViewTest: the X server gave the key " + heardAs + " to no window; pressed again");
		}
	}

	/** Keys go where the keyboard's focus is: the diagram's page, in its active view. */
	private static void focusThePage() throws Exception {
		ui(() -> {
			Workbench.page().activate(view);
			view.browser().control().getShell().forceActive();
			view.browser().control().setFocus();
			return null;
		});
		waitFor("the keyboard's focus in the diagram's page", () -> ui(() -> {
			Control focus = view.browser().control().getDisplay().getFocusControl();
			return focus == view.browser().control() ? true : null;
		}), () -> ui(() -> String.valueOf(view.browser().control().getDisplay().getFocusControl())));
	}

	/** What the page and the workbench heard, for a step whose keys changed nothing. */
	private static Object keysHeard() throws Exception {
		// the lines between the longest common start and end of the text before and now
		List<String> before = List.of(original.split("\n", -1));
		List<String> after = List.of(text().split("\n", -1));
		int start = 0;
		while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
			start++;
		}
		int end = 0;
		while (end < before.size() - start && end < after.size() - start
				&& before.get(before.size() - 1 - end).equals(after.get(after.size() - 1 - end))) {
			end++;
		}
		List<String> changed = new ArrayList<>();
		before.subList(start, before.size() - end).forEach(line -> changed.add("-" + line.strip()));
		after.subList(start, after.size() - end).forEach(line -> changed.add("+" + line.strip()));
		return "lines " + changed + " keys in the page " + js("return JSON.stringify(window.keysHeard||[]);") + " focus "
				+ ui(() -> String.valueOf(view.browser().control().getDisplay().getFocusControl())) + " active "
				+ ui(() -> Workbench.page().getActivePart().getTitle());
	}

	/** Waits until the page draws the box as selected: Delete and F2 act on what the page shows selected. */
	private static void selectedInPage(String id) throws Exception {
		waitFor("the box " + id + " drawn selected", () -> Boolean.TRUE.equals(js("return document.getElementById('sprotty_" + id
				+ "').classList.contains('selected') && document.querySelectorAll('#sprotty g.box.selected').length == 1;")) ? true : null);
	}

	/** Ctrl+Z in the diagram: the editor's undo; the text is as it was before the edit, byte for byte. */
	private static void undoInDiagram() throws Exception {
		undoKey();
		waitFor("the text as it was after Ctrl+Z", () -> original.equals(text()) ? true : null, DiagramEditingViewTest::keysHeard);
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

	/** The organisations' editor, opened by an edit of a role written there: dirty, with the text the edit wrote. */
	private static ITextEditor organisationsEditorWith(String written) throws Exception {
		return waitFor("the organisations' file open with " + written, () -> ui(() -> {
			for (var reference : Workbench.page().getEditorReferences()) {
				if (reference.getEditor(false) instanceof ITextEditor open && open != editor && open.isDirty()
						&& open.getDocumentProvider().getDocument(open.getEditorInput()).get().contains(written)) {
					return open;
				}
			}
			return null;
		}));
	}

	/** Ctrl+Z in another file's editor: its part of the edit was one change of that editor's history. */
	private static void undoToSaved(ITextEditor other) throws Exception {
		String saved = java.nio.file.Files.readString(ui(() -> other.getEditorInput()
				.getAdapter(org.eclipse.core.resources.IFile.class).getLocation().toPath()));
		IDocument text = ui(() -> other.getDocumentProvider().getDocument(other.getEditorInput()));
		ui(() -> {
			other.getAction(org.eclipse.ui.texteditor.ITextEditorActionConstants.UNDO).run();
			return null;
		});
		waitFor(ui(other::getTitle) + " as saved after its Ctrl+Z", () -> ui(text::get).equals(saved) ? true : null);
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

	/** A dialog's button pressed with the mouse, where the screen shows it. */
	private static void clickButton(Shell dialog, String label) throws Exception {
		Point at = ui(() -> {
			for (Button candidate : all(dialog, Button.class)) {
				if (candidate.getText().replace("&", "").matches(label)) {
					Rectangle size = candidate.getBounds();
					return candidate.toDisplay(size.width / 2, size.height / 2);
				}
			}
			throw new AssertionError("no button " + label + " in " + dialog.getText());
		});
		String title = ui(dialog::getText);
		move(at);
		Thread.sleep(100);
		post(SWT.MouseDown, 1);
		post(SWT.MouseUp, 1);
		waitFor("the dialog " + title + " closed", () -> ui(dialog::isDisposed) ? true : null);
	}

	/** Letters typed with the keyboard where its focus is. */
	private static void typeKeys(String letters) throws Exception {
		for (char letter : letters.toCharArray()) {
			keys(null, String.valueOf(letter), new int[] { SWT.KeyDown, 0, letter }, new int[] { SWT.KeyUp, 0, letter });
			Thread.sleep(50);
		}
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

	/** The diagram view as the user sees it, without the pointer's hover tooltip. */
	private static void screenshot(String name) throws Exception {
		pointerAway();
		ui(() -> {
			Control control = view.browser().control();
			Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
			return Workbench.screenshot(bounds, Workbench.screenshotFile(name));
		});
	}

	/** The workbench window, once the views have drawn what changed (the Properties view its values). */
	private static void windowScreenshot(String name) throws Exception {
		pointerAway();
		Thread.sleep(500);
		ui(() -> Workbench.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getBounds(),
				Workbench.screenshotFile(name)));
	}

	/** The pointer off the workbench window: a box under it shows its tooltip, which is no part of a screenshot. */
	private static void pointerAway() throws Exception {
		Rectangle window = ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getBounds());
		Rectangle screen = ui(() -> view.browser().control().getDisplay().getBounds());
		move(new Point(Math.min(window.x + window.width + 5, screen.width - 1), Math.min(window.y + window.height + 5, screen.height - 1)));
		Thread.sleep(500); // the tooltip fades
	}

	private static void screenshotOf(Shell dialog, String name) throws Exception {
		assertNotNull(dialog);
		windowScreenshot(name);
	}
}
