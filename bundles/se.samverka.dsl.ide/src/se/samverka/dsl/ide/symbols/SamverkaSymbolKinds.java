/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

import se.samverka.model.SamverkaPackage;

/** Outline icons: each concept gets the LSP symbol kind whose icon reads closest to it. */
public class SamverkaSymbolKinds extends DocumentSymbolKindProvider {
	private static final SamverkaPackage MODEL = SamverkaPackage.eINSTANCE;

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		if (type == MODEL.getAgreement()) {
			return SymbolKind.Module;
		}
		if (type == MODEL.getOrganisation()) {
			return SymbolKind.Class;
		}
		if (type == MODEL.getRole() || type == MODEL.getCoordinator()) {
			return SymbolKind.Property;
		}
		if (type == MODEL.getPerson()) {
			return SymbolKind.Constructor;
		}
		if (type == MODEL.getArea()) {
			return SymbolKind.Namespace;
		}
		if (type == MODEL.getBody()) {
			return SymbolKind.Struct;
		}
		if (type == MODEL.getMeasure() || type == MODEL.getActivity()) {
			return SymbolKind.Method;
		}
		if (MODEL.getFinding().isSuperTypeOf(type) || type == MODEL.getGoal() || type == MODEL.getOverarchingGoal()) {
			return SymbolKind.Constant;
		}
		if (type == MODEL.getPriorityArea() || type == MODEL.getCause()) {
			return SymbolKind.Interface;
		}
		return SymbolKind.Object;
	}
}
