/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.junit.jupiter.api.Test;

import se.samverka.dsl.ide.quickfix.SamverkaQuickfixProvider;
import se.samverka.validation.Rule;

/** The rules that say they offer a quick fix are exactly those the quick-fix provider fixes. */
class QuickFixCatalogueTest {

	@Test
	void theRulesWithAQuickFixAreThoseTheProviderFixes() {
		List<String> fixed = Arrays.stream(SamverkaQuickfixProvider.class.getDeclaredMethods())
				.map(method -> method.getAnnotation(QuickFix.class)).filter(fix -> fix != null).map(QuickFix::value)
				.sorted().toList();
		List<String> offered = Arrays.stream(Rule.values()).filter(Rule::hasQuickFix).map(Rule::code).sorted().toList();
		assertEquals(offered, fixed);
	}
}
