/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.markers;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * For the start-up benchmark ({@code bench/run workbench}): with the system property
 * {@value #PROPERTY} set, the first time an open editor's file gets its markers from the
 * language server, the editor's next paint prints once on standard output
 * {@code samverka: editor with N markers painted after X ms}, X counted from the JVM's start.
 * Without the property it does nothing.
 */
public final class StartupReport {
	public static final String PROPERTY = "samverka.reportStartup";
	private static final AtomicBoolean REPORTED = new AtomicBoolean(!Boolean.getBoolean(PROPERTY));

	private StartupReport() {
	}

	/** The markers of a file were replaced: if an editor shows it, report its next paint (once per run). */
	public static void markersReplaced(IFile file) {
		if (REPORTED.get() || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		// after the annotation model's own update, which the marker change queued before this
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			StyledText text = textShowing(file);
			if (text == null || text.isDisposed() || REPORTED.get()) {
				return; // the editor is not open yet: its didOpen brings the markers again
			}
			PaintListener once = new PaintListener() {
				@Override
				public void paintControl(org.eclipse.swt.events.PaintEvent event) {
					text.removePaintListener(this);
					if (REPORTED.compareAndSet(false, true)) {
						long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
						System.out.printf("samverka: editor with %d markers painted after %d ms%n", markers(file), millis);
						System.out.flush();
					}
				}
			};
			text.addPaintListener(once);
			text.redraw();
		});
	}

	private static int markers(IFile file) {
		try {
			return file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length;
		} catch (CoreException gone) {
			return 0;
		}
	}

	/** The text widget of an open editor on the file, or null. */
	private static StyledText textShowing(IFile file) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart editor = reference.getEditor(false);
					if (editor != null && file.equals(editor.getEditorInput().getAdapter(IFile.class))
							&& editor.getAdapter(ITextOperationTarget.class) instanceof ITextViewer viewer) {
						return viewer.getTextWidget();
					}
				}
			}
		}
		return null;
	}
}
