/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.workbench;

import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import se.samverka.model.nls.Language;

/** The workbench bundle. Validation messages speak the language the workbench was started in (-nl). */
public class WorkbenchPlugin extends AbstractUIPlugin {
	public static final String ID = "se.samverka.workbench";

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		Language.use(Locale.forLanguageTag(Platform.getNL().replace('_', '-')));
	}

	public static void log(String message, Throwable error) {
		ILog.of(WorkbenchPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
