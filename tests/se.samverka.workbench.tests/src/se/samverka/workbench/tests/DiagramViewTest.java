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

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
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
import se.samverka.diagram.ui.actions.ExportDiagramAction;
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
 * views, exports, and a screenshot of it shows the boxes (target/screenshots/diagram.png).
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

	/** The diagram as the command line makes it, from the file on disk. */
	private static Diagram headless(DiagramView diagramView, DiagramFilter filter) throws Exception {
		Path path = editor.getEditorInput().getAdapter(org.eclipse.core.resources.IFile.class).getLocation().toPath();
		ModelFolder folder = EditorPlugin.get().language().getInstance(ModelFolder.class);
		folder.load(List.of(path));
		Model model = (Model) folder.requested().get(path).getContents().get(0);
		Diagram diagram = filter.apply(diagramView.generate(model.getAgreements().get(0),
				new ModelValidator().validate(model).findings()));
		for (DiagramNode node : diagram.nodes()) {
			assertTrue(node.id() != null);
		}
		return diagram;
	}
}
