/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor;

import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

import se.samverka.dsl.ide.SamverkaIdeSetup;
import se.samverka.editor.markers.SeverityPreferences;
import se.samverka.editor.server.WorkbenchLanguageServer;
import se.samverka.model.nls.Language;

/** The editor bundle: owns the in-process language server for as long as the workbench runs. */
public class EditorPlugin extends AbstractUIPlugin {
	public static final String ID = "se.samverka.editor";
	private static EditorPlugin instance;
	private WorkbenchLanguageServer server;
	private Injector language;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		// the editor is the first of Samverka's UI bundles to start: its texts and the diagram
		// view's must already speak the language the workbench was started in (-nl)
		Language.use(Locale.forLanguageTag(Platform.getNL().replace('_', '-')));
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (server != null) {
			server.stop();
			server = null;
		}
		instance = null;
		super.stop(context);
	}

	public static EditorPlugin get() {
		return instance;
	}

	/** The language's services in this process (grammar, parser, validation), registered with EMF once. */
	public synchronized Injector language() {
		if (language == null) {
			language = new SamverkaIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return language;
	}

	/** The language server, started on first use. */
	public synchronized WorkbenchLanguageServer server() {
		if (server == null) {
			server = WorkbenchLanguageServer.start();
			server.services().useWorkspaceSeverities(SeverityPreferences.current());
		}
		return server;
	}

	/** After the preferences changed: the language server checks the open models again with them. */
	public synchronized void severityPreferencesChanged() {
		if (server != null) {
			server.services().useWorkspaceSeverities(SeverityPreferences.current());
		}
	}

	public static void log(String message, Throwable error) {
		ILog.of(EditorPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
