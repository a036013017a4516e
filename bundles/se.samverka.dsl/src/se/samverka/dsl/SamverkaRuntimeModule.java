/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.name.Names;
import org.eclipse.xtext.service.DispatchingProvider;

import com.google.inject.Binder;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.serializer.sequencer.ISyntacticSequencer;

import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

import se.samverka.dsl.conversion.SamverkaValueConverters;
import se.samverka.dsl.validation.RuleIssueCodes;
import se.samverka.dsl.validation.RuleSeverities;
import se.samverka.dsl.formatting2.SamverkaFormatter;
import se.samverka.dsl.linking.SamverkaLinkingDiagnosticMessageProvider;
import se.samverka.dsl.parser.LineSkippingParser;
import se.samverka.dsl.parser.SamverkaLexer;
import se.samverka.dsl.parser.SamverkaSyntaxErrorMessageProvider;
import se.samverka.dsl.naming.SamverkaQualifiedNameProvider;
import se.samverka.dsl.serializer.SamverkaTokenChooser;

/** Binds Samverka's own services into Xtext's runtime. */
public class SamverkaRuntimeModule extends AbstractSamverkaRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return SamverkaQualifiedNameProvider.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return SamverkaFormatter.class;
	}

	public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
		return SamverkaLinkingDiagnosticMessageProvider.class;
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(SamverkaLexer.class);
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return SamverkaSyntaxErrorMessageProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return SamverkaValueConverters.class;
	}

	@Override
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.to(Utf8EncodingProvider.class);
	}

	/** The user's severities per rule (project settings file, workspace, --severity). */
	public Class<? extends IPreferenceValuesProvider> bindIPreferenceValuesProvider() {
		return RuleSeverities.class;
	}

	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return RuleIssueCodes.class;
	}

	@Override
	public Class<? extends ISyntacticSequencer> bindISyntacticSequencer() {
		return SamverkaTokenChooser.class;
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return LineSkippingParser.class;
	}
}
