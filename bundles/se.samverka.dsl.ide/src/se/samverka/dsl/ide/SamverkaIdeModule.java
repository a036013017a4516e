/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide;

import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

import com.google.inject.Binder;

import se.samverka.dsl.ide.diagramedit.DiagramCommands;
import se.samverka.dsl.ide.hover.SamverkaHoverService;
import se.samverka.dsl.ide.quickfix.SamverkaQuickfixProvider;
import se.samverka.dsl.ide.symbols.SamverkaSymbolDetails;
import se.samverka.dsl.ide.symbols.SamverkaSymbolKinds;
import se.samverka.dsl.ide.symbols.SamverkaSymbolNames;

/**
 * Editor-neutral services of the Samverka language (content assist, highlighting, hover,
 * symbols, formatting, rename, code actions, the diagram's editing commands). The workbench editor and the language server
 * both run on this module; Xtext's defaults serve where nothing is bound here.
 */
public class SamverkaIdeModule extends AbstractSamverkaIdeModule {

	public Class<? extends IHoverService> bindIHoverService() {
		return SamverkaHoverService.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return SamverkaQuickfixProvider.class;
	}

	/** The diagram's editing operations, as LSP commands. */
	public Class<? extends IExecutableCommandService> bindIExecutableCommandService() {
		return DiagramCommands.class;
	}

	public void configureDocumentSymbols(Binder binder) {
		binder.bind(DocumentSymbolKindProvider.class).to(SamverkaSymbolKinds.class);
		binder.bind(DocumentSymbolNameProvider.class).to(SamverkaSymbolNames.class);
		binder.bind(DocumentSymbolDetailsProvider.class).to(SamverkaSymbolDetails.class);
	}
}
