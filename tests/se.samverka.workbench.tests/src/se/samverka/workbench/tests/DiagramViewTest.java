/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.workbench.tests.Workbench.ui;
import static se.samverka.workbench.tests.Workbench.waitFor;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Document;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.diagram.pipeline.DiagramRequest;
import se.samverka.diagram.ui.actions.ExportDiagramAction;
import se.samverka.diagram.ui.actions.ZoomAction;
import se.samverka.diagram.ui.navigation.ConnectedOnlyAction;
import se.samverka.diagram.ui.navigation.SearchBox;
import se.samverka.diagram.ui.view.DiagramOfDocument;
import se.samverka.diagram.ui.view.DiagramSettings;
import se.samverka.diagram.ui.view.DiagramViewPart;
import se.samverka.diagram.ui.view.ElementRange;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.editor.EditorPlugin;
import se.samverka.model.Model;
import se.samverka.validation.ModelValidator;

/**
 * The diagram view beside Botkyrka's sub-agreement: it draws what {@code samverka diagram}
 * generates, follows the caret, selects in the text on a click, redraws on edits, filters and
 * views, exports, and a screenshot of it shows the boxes (target/screenshots/diagram.png); it keeps the
 * reader's zoom and scroll through an edit, shows only what is connected to the selection, finds a box
 * by its title, and highlights a role's rows in every body it sits in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiagramViewTest {
	private static ITextEditor editor;
	private static DiagramViewPart view;

	@BeforeAll
	static void openBotkyrkaWithTheDiagram() throws Exception {
		editor = Workbench.botkyrkaEditor();
		view = ui(() -> {
			Workbench.page().activate(editor);
			return (DiagramViewPart) Workbench.page().showView(DiagramViewPart.ID);
		});
		ui(() -> {
			Workbench.page().activate(editor);
			return null;
		});
	}

	@Test
	@Order(1)
	void theViewDrawsTheGovernanceDiagramTheCommandLineMakes() throws Exception {
		Set<String> expected = new HashSet<>();
		headless(DiagramView.GOVERNANCE, DiagramFilter.NONE).nodes().forEach(node -> expected.add(node.id()));
		assertEquals(5, expected.stream().filter(id -> id.startsWith("area-group:")).count());
		Set<String> drawn = waitFor("the governance diagram in the view", () -> {
			Set<String> boxes = boxes();
			return boxes.equals(expected) ? boxes : null;
		});
		assertEquals(expected, drawn);
		// after Fit every box is on the page (Sprotty leaves out those outside the view)
		ui(() -> {
			view.browser().fit();
			return null;
		});
		waitFor("every box on the page", () -> drawn().getAsJsonArray("visible").asList().stream()
				.map(e -> e.getAsString()).toList().containsAll(expected) ? true : null, DiagramViewTest::drawn);
	}

	@Test
	@Order(2)
	void theCaretHighlightsTheBoxOfItsElement() throws Exception {
		String steering = id("steering-group:");
		ElementRange range = view.shown().ranges().get(steering);
		ui(() -> {
			editor.selectAndReveal(range.offset() + range.length() - 2, 0);
			return null;
		});
		waitFor("the steering group highlighted", () -> selected().equals(List.of(steering)) ? true : null);
	}

	@Test
	@Order(3)
	void clickingABoxSelectsItsNameInTheText() throws Exception {
		String areaGroup = id("area-group:");
		ElementRange range = view.shown().ranges().get(areaGroup);
		ui(() -> {
			// a real mouse press and release on the box, as Sprotty's mouse tool hears them
			view.browser().control().execute("(function(){var box=document.getElementById('sprotty_" + areaGroup
					+ "').querySelector('rect');['mousedown','mouseup'].forEach(function(type){box.dispatchEvent("
					+ "new MouseEvent(type,{bubbles:true,cancelable:true,button:0,detail:1}));});})()");
			return null;
		});
		String name = waitFor("the area group's name selected in the text", () -> ui(() -> {
			ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
			return selection.getOffset() == range.nameOffset() && selection.getLength() == range.nameLength()
					? selection.getText() : null;
		}));
		assertEquals(areaGroup.substring("area-group:".length()), name);
		waitFor("the clicked box selected", () -> selected().equals(List.of(areaGroup)) ? true : null, DiagramViewTest::drawn);
	}

	@Test
	@Order(4)
	void anEditRedrawsTheDiagramBeforeItIsSaved() throws Exception {
		String steering = id("steering-group:");
		ElementRange range = view.shown().ranges().get(steering);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String original = ui(() -> document.get(range.nameOffset(), range.nameLength()));
		try {
			ui(() -> {
				document.replace(range.nameOffset(), range.nameLength(), "StyrgruppÅÄÖ");
				return null;
			});
			waitFor("the renamed steering group drawn", () -> boxes().contains("steering-group:StyrgruppÅÄÖ") ? true : null,
					DiagramViewTest::drawn);
			// the old name is still used elsewhere in the file: the unsaved text gets a marker for it
			waitFor("a marker for the old name", () -> markers().stream().anyMatch(m -> m.contains(original)) ? true : null,
					DiagramViewTest::markers);
		} finally {
			ui(() -> {
				document.replace(range.nameOffset(), "StyrgruppÅÄÖ".length(), original);
				editor.doRevertToSaved();
				return null;
			});
		}
		waitFor("the original steering group drawn again", () -> boxes().contains(steering) ? true : null);
	}

	@Test
	@Order(5)
	void filtersAndViewsRedrawTheDiagram() throws Exception {
		DiagramFilter collapsed = new DiagramFilter(true, false, true);
		Set<String> expected = new HashSet<>();
		headless(DiagramView.GOVERNANCE, collapsed).nodes().forEach(node -> expected.add(node.id()));
		ui(() -> {
			view.show(view.settings().withFilter(collapsed));
			return null;
		});
		waitFor("the diagram without people and with area groups collapsed", () -> boxes().equals(expected) ? true : null);
		assertTrue(expected.stream().noneMatch(id -> id.startsWith("network-group:") || id.startsWith("member:")));

		Set<String> traceability = new HashSet<>();
		headless(DiagramView.TRACEABILITY, collapsed).nodes().forEach(node -> traceability.add(node.id()));
		ui(() -> {
			view.show(view.settings().withView(DiagramView.TRACEABILITY));
			return null;
		});
		waitFor("the traceability diagram", () -> boxes().equals(traceability) ? true : null,
				() -> traceability + " drawn: " + drawn());
		assertEquals(4, traceability.stream().filter(id -> id.startsWith("priority-area:")).count());
		ui(() -> {
			view.show(DiagramSettings.DEFAULT);
			return null;
		});
		waitFor("the governance diagram again", () -> boxes().stream().anyMatch(id -> id.startsWith("member:")) ? true : null);
	}

	@Test
	@Order(6)
	void theShownDiagramExportsToSvgAndPng() throws Exception {
		Path folder = Files.createTempDirectory("samverka-export");
		Diagram shown = view.shown().diagram();
		Path svg = folder.resolve("styrning.svg");
		Path png = folder.resolve("styrning.png");
		new ExportDiagramAction(view, ExportDiagramAction.Format.SVG).export(shown, svg).join();
		new ExportDiagramAction(view, ExportDiagramAction.Format.PNG).export(shown, png).join();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(svg.toFile());
		assertEquals(shown.nodes().size(), document.getElementsByTagName("rect").getLength());
		assertTrue(document.getDocumentElement().getTextContent().contains("Närpolisområde Botkyrka"));
		BufferedImage image = ImageIO.read(png.toFile());
		assertTrue(image.getWidth() > 400 && image.getHeight() > 200, image.getWidth() + "×" + image.getHeight());
	}

	@Test
	@Order(7)
	void aScreenshotOfTheViewShowsTheBoxes() throws Exception {
		// the view maximized, as a reader looking at the diagram would have it
		ui(() -> {
			Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
			return null;
		});
		Thread.sleep(1000);
		ui(() -> {
			view.browser().fit();
			return null;
		});
		Thread.sleep(1500); // the fit is animated
		Path file = Workbench.screenshotFile("diagram.png");
		ImageData shot;
		try {
			shot = ui(() -> {
				Control control = view.browser().control();
				Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
				return Workbench.screenshot(bounds, file);
			});
		} finally {
			ui(() -> {
				Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
				return null;
			});
		}
		Set<Integer> colours = Workbench.colours(shot);
		assertTrue(colours.size() > 20, "a drawn diagram has many colours, this one " + colours.size());
		assertTrue(colours.contains(0xeaf6f0), "the area groups' fill is on the screen");
		// the first party's colour fills its members' rows and its entry in the legend
		assertTrue(colours.contains(0xcfe0f7), "the parties' colour is on the screen");
	}

	@Test
	@Order(8)
	void aRedrawAfterAnEditKeepsTheZoomAndScroll() throws Exception {
		String steering = id("steering-group:");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ElementRange range = view.shown().ranges().get(steering);
		int meets = ui(() -> document.get().indexOf("sammanträder 2 gånger per år", range.offset()));
		assertTrue(meets > 0 && meets < range.offset() + range.length());
		// the caret in the steering group, the reader zoomed in twice and dragged the canvas aside
		ui(() -> {
			editor.selectAndReveal(meets, 0);
			return null;
		});
		waitFor("the steering group highlighted", () -> selected().equals(List.of(steering)) ? true : null);
		Thread.sleep(1000); // the centring is animated
		JsonObject before = viewport();
		for (int i = 0; i < 2; i++) {
			ui(() -> {
				new ZoomAction(view, ZoomAction.Kind.IN).run();
				return null;
			});
			Thread.sleep(1000); // the zoom is animated
		}
		JsonObject zoomed = viewport();
		ui(() -> {
			view.browser().control().execute("(function(){var svg=document.querySelector('#sprotty svg');"
					+ "function send(type,x,y,buttons){svg.dispatchEvent(new MouseEvent(type,{bubbles:true,cancelable:true,"
					+ "button:0,buttons:buttons,clientX:x,clientY:y}));}"
					+ "send('mousedown',300,200,1);send('mousemove',260,170,1);send('mousemove',200,140,1);send('mouseup',200,140,0);})()");
			return null;
		});
		JsonObject dragged = waitFor("the canvas dragged", () -> {
			JsonObject now = viewport();
			return Math.abs(now.get("x").getAsDouble() - zoomed.get("x").getAsDouble()) > 10 ? now : null;
		}, DiagramViewTest::viewport);
		assertEquals(before.get("zoom").getAsDouble() * 1.25 * 1.25, dragged.get("zoom").getAsDouble(), 1e-3, "zoomed in twice");
		try {
			ui(() -> {
				document.replace(meets + "sammanträder ".length(), 1, "4");
				return null;
			});
			waitFor("the steering group redrawn with its new meetings", () -> textOf(steering).contains("4 gånger per år") ? true : null);
			Thread.sleep(1000); // time for a scroll to the caret's box, which must not come
			JsonObject after = viewport();
			assertEquals(dragged.get("zoom").getAsDouble(), after.get("zoom").getAsDouble(), 1e-6, after.toString());
			assertEquals(dragged.get("x").getAsDouble(), after.get("x").getAsDouble(), 0.5, after.toString());
			assertEquals(dragged.get("y").getAsDouble(), after.get("y").getAsDouble(), 0.5, after.toString());
			assertEquals(List.of(steering), selected(), "the caret's box stays highlighted");
		} finally {
			ui(() -> {
				editor.doRevertToSaved();
				view.browser().fit();
				return null;
			});
		}
		waitFor("the steering group as saved", () -> textOf(steering).contains("2 gånger per år") ? true : null);
	}

	@Test
	@Order(9)
	void showOnlyWhatIsConnectedToTheSelection() throws Exception {
		String workingGroup = id("working-group:");
		Set<String> all = boxes();
		click(workingGroup);
		waitFor("the working group selected", () -> selected().equals(List.of(workingGroup)) ? true : null);
		Set<String> expected = connectedTo(view.shown().diagram(), workingGroup);
		ConnectedOnlyAction action = ui(() -> (ConnectedOnlyAction) ((ActionContributionItem) view.getViewSite()
				.getActionBars().getToolBarManager().find(ConnectedOnlyAction.ID)).getAction());
		try {
			ui(() -> {
				action.setChecked(true);
				action.run();
				return null;
			});
			waitFor(expected.size() + " boxes connected to the working group", () -> boxes().equals(expected) ? true : null,
					() -> expected + " drawn: " + boxes());
			String steering = id("steering-group:");
			assertTrue(expected.contains(steering), "the working group reports to the steering group");
			assertTrue(expected.size() < all.size() / 2, expected.size() + " of " + all.size());
			assertTrue(expected.stream().noneMatch(id -> id.startsWith("area-group:") || id.startsWith("network-group:")));
			assertTrue(expected.stream().anyMatch(id -> id.startsWith("member:Arbetsgruppen:")), "its members' rows stay");
		} finally {
			ui(() -> {
				action.setChecked(false);
				action.run();
				return null;
			});
		}
		waitFor("every box again", () -> boxes().equals(all) ? true : null);
		// the fit that follows is animated and comes after the boxes: the next test starts from a view at rest
		viewAtRest();
	}

	@Test
	@Order(10)
	void theSearchBoxFindsAndCentresABoxByPartOfItsTitle() throws Exception {
		SearchBox search = ui(() -> (SearchBox) view.getViewSite().getActionBars().getToolBarManager().find(SearchBox.ID));
		type(search, "alby\r");
		String first = waitFor("a box of Alby selected", () -> selected().size() == 1 && selected().get(0).contains("Alby")
				? selected().get(0) : null, DiagramViewTest::drawn);
		assertTrue(first.startsWith("area-group:"), "the area group stands above its network group: " + first);
		waitFor("the area group in the middle of the view", () -> centred(first) ? true : null, () -> whereIs(first));
		assertEquals("1 av 2", ui(search::result));
		type(search, "\r");
		String second = waitFor("the next box of Alby selected", () -> selected().size() == 1
				&& !selected().get(0).equals(first) ? selected().get(0) : null, DiagramViewTest::drawn);
		assertTrue(second.startsWith("network-group:") && second.contains("Alby"), second);
		waitFor("the network group in the middle of the view", () -> centred(second) ? true : null, () -> whereIs(second));
		assertEquals("2 av 2", ui(search::result));
		ui(() -> {
			search.text().setText("");
			return null;
		});
		type(search, "xyzzy\r");
		waitFor("no box found", () -> ui(search::result).equals("Hittades inte") ? true : null, () -> ui(search::result));
		assertEquals(List.of(second), selected(), "the selection stays where it was");
		ui(() -> {
			search.text().setText("");
			view.browser().fit();
			return null;
		});
	}

	@Test
	@Order(11)
	void hoveringARoleHighlightsItsRowsInEveryBody() throws Exception {
		Diagram diagram = view.shown().diagram();
		List<DiagramNode> securityChief = diagram.nodes().stream()
				.filter(node -> node.kind().equals("member") && node.label().equals("Säkerhetschef")).toList();
		assertTrue(securityChief.size() >= 4, "Säkerhetschef sits in four bodies: " + securityChief.size());
		ui(() -> {
			view.browser().fit();
			return null;
		});
		waitFor("every row on the page", () -> drawn().getAsJsonArray("visible").size() == diagram.nodes().size() ? true : null,
				DiagramViewTest::drawn);
		String row = securityChief.get(0).id();
		assertEquals(0, highlightedRows());
		mouse(row, "mouseover");
		waitFor("the rows of Säkerhetschef highlighted", () -> highlightedRows() == securityChief.size() ? true : null,
				() -> highlightedRows());
		assertEquals(securityChief.stream().map(DiagramNode::id).sorted().toList(), highlightedRowIds());
		mouse(row, "mouseout");
		waitFor("no row highlighted after the mouse left", () -> highlightedRows() == 0 ? true : null,
				() -> highlightedRows());
		// selected, the rows stay highlighted
		click(row);
		waitFor("the rows of the selected Säkerhetschef highlighted",
				() -> highlightedRows() == securityChief.size() ? true : null, () -> highlightedRows());
		Path file = Workbench.screenshotFile("diagram-rows.png");
		ui(() -> {
			Control control = view.browser().control();
			Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
			return Workbench.screenshot(bounds, file);
		});
	}

	@Test
	@Order(12)
	void theGovernanceChartExportsForPrintAsTheDocumentsPrintIt() throws Exception {
		Model model = botkyrka();
		List<Diagram> expected = DiagramPipeline.printed(new DiagramRequest(model.getAgreements().get(0),
				DiagramView.GOVERNANCE, DiagramFilter.NONE, new ModelValidator().validate(model).findings()));
		List<Diagram> pages = DiagramOfDocument.printed(view.shown().uri(), DiagramSettings.DEFAULT).get();
		assertEquals(expected.stream().map(Diagram::title).toList(), pages.stream().map(Diagram::title).toList());
		Path folder = Files.createTempDirectory("samverka-print");
		Path target = folder.resolve("underavtal-styrning.svg");
		ExportDiagramAction export = new ExportDiagramAction(view, ExportDiagramAction.Format.PRINTED_SVG);
		export.exportPages(pages, target).join();
		try (var files = Files.list(folder)) {
			assertEquals(pages.size(), files.count());
		}
		assertTrue(Files.readString(target).contains("Styrgrupp"), "the overview holds the steering group");
		for (int i = 1; i < pages.size(); i++) {
			String areaGroup = pages.get(i).title().substring(pages.get(i).title().lastIndexOf(" – ") + 3);
			Path page = ExportDiagramAction.pageFile(target, pages.get(i), i);
			assertTrue(page.getFileName().toString().startsWith("underavtal-styrning-områdesgrupp-"), page.toString());
			assertTrue(Files.readString(page).contains(areaGroup), page + " names " + areaGroup);
		}
	}

	/** What the view's connected-only cut keeps: the box with what it holds, its lines' other ends with their rows, their containers. */
	private static Set<String> connectedTo(Diagram diagram, String id) {
		DiagramNode focus = diagram.node(id).orElseThrow();
		Set<String> kept = new HashSet<>();
		focus.allNodes().forEach(node -> kept.add(node.id()));
		for (DiagramNode up = focus.parent(); up != null && up != diagram.root(); up = up.parent()) {
			kept.add(up.id());
		}
		for (var edge : diagram.edges()) {
			DiagramNode other = edge.source() == focus ? edge.target() : edge.target() == focus ? edge.source() : null;
			if (other != null) {
				other.children().stream().filter(DiagramNode::isRow).forEach(row -> kept.add(row.id()));
				for (DiagramNode up = other; up != null && up != diagram.root(); up = up.parent()) {
					kept.add(up.id());
				}
			}
		}
		return kept;
	}

	/** Types into the search box with real key presses; "\r" is Enter. */
	private static void type(SearchBox search, String keys) throws Exception {
		ui(() -> {
			search.text().getShell().forceActive();
			search.text().setFocus();
			return null;
		});
		for (char key : keys.toCharArray()) {
			ui(() -> {
				Display display = search.text().getDisplay();
				for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
					Event event = new Event();
					event.type = type;
					event.character = key;
					event.keyCode = key == '\r' ? SWT.CR : key;
					display.post(event);
				}
				return null;
			});
			Thread.sleep(50);
		}
		waitFor("the keys typed", () -> ui(() -> search.text().getText()).contains(keys.replace("\r", "")) ? true : null,
				() -> ui(() -> search.text().getText()));
		Thread.sleep(300);
	}

	/** The text drawn in a box, its rows' included; empty while it is not drawn. */
	private static String textOf(String boxId) throws Exception {
		return (String) ui(() -> view.browser().control().evaluate("var box=document.getElementById('sprotty_" + boxId
				+ "');return box?box.textContent:'';"));
	}

	private static void click(String boxId) throws Exception {
		ui(() -> {
			view.browser().control().execute("(function(){var box=document.getElementById('sprotty_" + boxId
					+ "').querySelector('rect');['mousedown','mouseup'].forEach(function(type){box.dispatchEvent("
					+ "new MouseEvent(type,{bubbles:true,cancelable:true,button:0,detail:1}));});})()");
			return null;
		});
	}

	private static void mouse(String boxId, String type) throws Exception {
		ui(() -> {
			view.browser().control().execute("document.getElementById('sprotty_" + boxId + "').querySelector('rect')"
					+ ".dispatchEvent(new MouseEvent('" + type + "',{bubbles:true,cancelable:true}));");
			return null;
		});
	}

	private static int highlightedRows() throws Exception {
		return highlightedRowIds().size();
	}

	private static List<String> highlightedRowIds() throws Exception {
		Object ids = ui(() -> view.browser().control().evaluate("return JSON.stringify(Array.from(document.querySelectorAll("
				+ "'#sprotty g.row.same-holder')).map(function(g){return g.id.replace(/^sprotty_/,'');}).sort());"));
		return JsonParser.parseString((String) ids).getAsJsonArray().asList().stream().map(e -> e.getAsString()).toList();
	}

	/** How far the box's middle is from the middle of the view, in pixels. */
	private static String offCentre(String boxId) throws Exception {
		return (String) ui(() -> view.browser().control().evaluate("var r=document.getElementById('sprotty_" + boxId
				+ "').querySelector('rect').getBoundingClientRect(),s=document.querySelector('#sprotty svg').getBoundingClientRect();"
				+ "return JSON.stringify([r.left+r.width/2-(s.left+s.width/2),r.top+r.height/2-(s.top+s.height/2)]);"));
	}

	/** Waits until the view's zoom and scroll stop changing (an animated fit or centring has ended). */
	private static void viewAtRest() throws Exception {
		waitFor("the view at rest", () -> {
			String before = ui(() -> view.browser().viewport());
			Thread.sleep(500);
			return before.equals(ui(() -> view.browser().viewport())) ? true : null;
		});
	}

	/** Where the box and the canvas are, and the view's transform: what a failed centring is judged by. */
	private static String whereIs(String boxId) throws Exception {
		return offCentre(boxId) + " " + ui(() -> view.browser().control().evaluate("var r=document.getElementById('sprotty_" + boxId
				+ "').querySelector('rect').getBoundingClientRect(),s=document.querySelector('#sprotty svg').getBoundingClientRect();"
				+ "return JSON.stringify({box:[r.left,r.top,r.width,r.height],canvas:[s.left,s.top,s.width,s.height],"
				+ "window:[innerWidth,innerHeight],transform:document.querySelector('#sprotty svg > g').getAttribute('transform')});"));
	}

	private static boolean centred(String boxId) throws Exception {
		var off = JsonParser.parseString(offCentre(boxId)).getAsJsonArray();
		return Math.abs(off.get(0).getAsDouble()) < 3 && Math.abs(off.get(1).getAsDouble()) < 3;
	}

	private static JsonObject viewport() throws Exception {
		String json = ui(() -> view.browser().viewport());
		return JsonParser.parseString(json).getAsJsonObject();
	}

	private static List<String> markers() throws Exception {
		var file = editor.getEditorInput().getAdapter(org.eclipse.core.resources.IFile.class);
		List<String> messages = new java.util.ArrayList<>();
		for (var marker : file.findMarkers(se.samverka.editor.markers.ProblemMarkers.TYPE, false, 0)) {
			messages.add(marker.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, ""));
		}
		return messages;
	}

	private static String id(String prefix) throws Exception {
		return waitFor("a box " + prefix, () -> boxes().stream().filter(id -> id.startsWith(prefix)).sorted().findFirst()
				.orElse(null));
	}

	private static Set<String> boxes() throws Exception {
		JsonObject drawn = drawn();
		Set<String> boxes = new HashSet<>();
		if (drawn != null) {
			drawn.getAsJsonArray("boxes").forEach(box -> boxes.add(box.getAsString()));
		}
		return boxes;
	}

	private static List<String> selected() throws Exception {
		JsonObject drawn = drawn();
		return drawn == null ? List.of()
				: drawn.getAsJsonArray("selected").asList().stream().map(element -> element.getAsString()).toList();
	}

	private static JsonObject drawn() throws Exception {
		String json = ui(() -> view.browser().drawn());
		return json == null ? null : JsonParser.parseString(json).getAsJsonObject();
	}

	/** Botkyrka's sub-agreement as the command line reads it, from the file on disk. */
	private static Model botkyrka() throws Exception {
		Path path = editor.getEditorInput().getAdapter(org.eclipse.core.resources.IFile.class).getLocation().toPath();
		ModelFolder folder = EditorPlugin.get().language().getInstance(ModelFolder.class);
		folder.load(List.of(path));
		return (Model) folder.requested().get(path).getContents().get(0);
	}

	/** The diagram as the command line makes it, from the file on disk. */
	private static Diagram headless(DiagramView diagramView, DiagramFilter filter) throws Exception {
		Model model = botkyrka();
		Diagram diagram = filter.apply(diagramView.generate(model.getAgreements().get(0),
				new ModelValidator().validate(model).findings()));
		for (DiagramNode node : diagram.nodes()) {
			assertTrue(node.id() != null);
		}
		return diagram;
	}
}
