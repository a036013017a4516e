/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.workbench.tests.Workbench.ui;
import static se.samverka.workbench.tests.Workbench.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.graphics.ImageData;
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

	@Test
	@Order(1)
	void theFirstStartCreatesTheExampleProjectAndOpensBotkyrka() throws Exception {
		IProject project = Workbench.exampleProject();
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
		Path file = Workbench.screenshotFile("workbench.png");
		ui(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setBounds(0, 0, 1400, 900);
			shell.layout(true, true);
			return null;
		});
		Thread.sleep(2000); // let the views repaint at the new size
		ImageData shot = ui(() -> Workbench.screenshot(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getBounds(), file));
		Set<Integer> colours = Workbench.colours(shot);
		assertTrue(colours.size() > 50, "a screenshot of a painted workbench has many colours, this one " + colours.size());
		assertTrue(Files.size(file) > 20_000, "the screenshot was written: " + file);
	}
}
