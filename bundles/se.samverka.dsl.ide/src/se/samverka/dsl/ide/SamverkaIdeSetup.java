/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import se.samverka.dsl.SamverkaRuntimeModule;
import se.samverka.dsl.SamverkaStandaloneSetup;

/** Sets the language up with its IDE services, for the language server and the workbench editor. */
public class SamverkaIdeSetup extends SamverkaStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new SamverkaRuntimeModule(), new SamverkaIdeModule()));
	}
}
