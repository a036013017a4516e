/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the UI tests share: running on the UI thread, waiting for the workbench, screenshots. */
final class Workbench {
	static final long WAIT_MILLIS = Long.getLong("samverka.uiWaitMillis", 90_000);

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static IProject exampleProject() throws Exception {
		return waitFor("the example project", () -> {
			IProject example = ResourcesPlugin.getWorkspace().getRoot().getProject("Exempel");
			return example.exists() && example.getFile("botkyrka/underavtal.samverkan").exists() ? example : null;
		});
	}

	/** Botkyrka's sub-agreement in its editor, as the first start opens it. */
	static ITextEditor botkyrkaEditor() throws Exception {
		exampleProject();
		return waitFor("Botkyrka's sub-agreement in an editor", () -> ui(() -> {
			for (var reference : page().getEditorReferences()) {
				IEditorPart editor = reference.getEditor(false);
				if (editor instanceof ITextEditor text && "underavtal.samverkan".equals(editor.getEditorInput().getName())) {
					return text;
				}
			}
			return null;
		}));
	}

	static <T> T ui(Callable<T> task) throws Exception {
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

	static <T> T waitFor(String what, Callable<T> probe) throws Exception {
		return waitFor(what, probe, () -> "");
	}

	/** Waits for the probe to answer; on failure, says what the state was at the end. */
	static <T> T waitFor(String what, Callable<T> probe, Callable<Object> state) throws Exception {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			T value = probe.call();
			if (value != null) {
				return value;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("waited " + WAIT_MILLIS / 1000 + " s in vain for " + what + " " + state.call());
	}

	/** Copies what the screen shows in the given display rectangle to a PNG file (call on the UI thread). */
	static ImageData screenshot(Rectangle area, Path file) throws Exception {
		Files.createDirectories(file.getParent());
		Display display = Display.getCurrent();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		gc.copyArea(image, area.x, area.y);
		gc.dispose();
		ImageData data = image.getImageData();
		image.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return data;
	}

	static Path screenshotFile(String name) {
		return Path.of(System.getProperty("samverka.screenshots", "target/screenshots"), name);
	}

	/** The colours of a sample of the pixels, as 0xRRGGBB. */
	static Set<Integer> colours(ImageData shot) {
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < shot.height; y += 2) {
			for (int x = 0; x < shot.width; x += 2) {
				var rgb = shot.palette.getRGB(shot.getPixel(x, y));
				colours.add(rgb.red << 16 | rgb.green << 8 | rgb.blue);
			}
		}
		return colours;
	}
}
