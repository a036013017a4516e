package se.samverka.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;
import se.samverka.editor.EditorPlugin;
import se.samverka.editor.markers.ProblemMarkers;
import se.samverka.workbench.SamverkaPerspective;

/**
 * A user's first start of the product, in a fresh workspace: the example project with the three
 * seed models, Botkyrka's sub-agreement open in the Samverka perspective, its findings in the
 * Problems view, and a screenshot of it all (target/screenshots/workbench.png).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartTest {
	private static final long WAIT_MILLIS = 90_000;

	@Test
	@Order(1)
	void theFirstStartCreatesTheExampleProjectAndOpensBotkyrka() throws Exception {
		IProject project = waitFor("the example project", () -> {
			IProject example = ResourcesPlugin.getWorkspace().getRoot().getProject("Exempel");
			return example.exists() && example.getFile("botkyrka/underavtal.samverkan").exists() ? example : null;
		});
		for (String model : List.of("botkyrka/organisationer.samverkan", "botkyrka/avtalet.samverkan", "botkyrka/underavtal.samverkan",
				"jarva/jarva.samverkan", "spanga-tensta/spanga-tensta.samverkan")) {
			assertTrue(project.getFile(model).exists(), model);
		}
		IEditorPart editor = waitFor("Botkyrka's sub-agreement in an editor", () -> ui(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			IEditorPart active = page.getActiveEditor();
			return active != null && "underavtal.samverkan".equals(active.getEditorInput().getName()) ? active : null;
		}));
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
		assertEquals(SamverkaPerspective.ID, ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getPerspective().getId()));
	}

	@Test
	@Order(2)
	void theProblemsViewShowsTheFindingsTheCommandLineReports() throws Exception {
		IFile underavtal = ResourcesPlugin.getWorkspace().getRoot().getProject("Exempel").getFile("botkyrka/underavtal.samverkan");
		ModelFolder folder = EditorPlugin.get().language().getInstance(ModelFolder.class);
		Path path = underavtal.getLocation().toPath();
		folder.load(List.of(path));
		List<Problem> expected = folder.validate(path, () -> false);
		assertTrue(expected.size() > 10, "Botkyrka's sub-agreement has findings to show: " + expected.size());
		IMarker[] markers = waitFor("the findings as markers", () -> {
			IMarker[] found = underavtal.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
			return found.length == expected.size() ? found : null;
		});
		Set<String> shown = new HashSet<>();
		for (IMarker marker : markers) {
			shown.add(marker.getAttribute(IMarker.LINE_NUMBER, -1) + " " + marker.getAttribute(ProblemMarkers.CODE, "") + " "
					+ marker.getAttribute(IMarker.MESSAGE, ""));
		}
		Set<String> reported = new HashSet<>();
		expected.forEach(problem -> reported.add(problem.line() + " " + problem.code() + " " + problem.message()));
		assertEquals(reported, shown);
		assertNotNull(ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW)));
	}

	@Test
	@Order(3)
	void aScreenshotOfTheWorkbenchIsNotBlank() throws Exception {
		Path file = Path.of(System.getProperty("samverka.screenshots", "target/screenshots"), "workbench.png");
		Files.createDirectories(file.getParent());
		ImageData shot = ui(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setBounds(0, 0, 1400, 900);
			shell.layout(true, true);
			return null;
		});
		Thread.sleep(2000); // let the views repaint at the new size
		shot = ui(() -> {
			Display display = Display.getCurrent();
			Rectangle bounds = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			gc.copyArea(image, bounds.x, bounds.y);
			gc.dispose();
			ImageData data = image.getImageData();
			image.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return data;
		});
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < shot.height; y += 4) {
			for (int x = 0; x < shot.width; x += 4) {
				colours.add(shot.getPixel(x, y));
			}
		}
		assertTrue(colours.size() > 50, "a screenshot of a painted workbench has many colours, this one " + colours.size());
		assertTrue(Files.size(file) > 20_000, "the screenshot was written: " + file);
	}

	private static <T> T ui(Callable<T> task) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
			try {
				result.set(task.call());
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	private static <T> T waitFor(String what, Callable<T> probe) throws Exception {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			T value = probe.call();
			if (value != null) {
				return value;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("waited " + WAIT_MILLIS / 1000 + " s in vain for " + what);
	}
}
