/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import se.samverka.dsl.ide.SamverkaIdeSetup;
import se.samverka.model.nls.Language;

/** The editor-neutral services that the workbench editor and the language server show a user. */
class IdeServicesTest {
	private static final String TEXT = """
			organisation Polisen "Närpolisområde Botkyrka" {
				typ polis
				funktion Polismästare "Polismästare" beskrivning "Chef för polismästardistriktet"
			}

			avtal Underavtal {
				typ underavtal
				parter Polisen
				styrgrupp Styrgruppen "Styrgrupp" {
					medlem Polismästare
				}
			}
			""";

	private Injector injector;
	private XtextResource resource;
	private Document document;

	@BeforeEach
	void parse() throws Exception {
		Language.use(Language.SWEDISH);
		injector = new SamverkaIdeSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		resource = (XtextResource) set.createResource(URI.createURI("file:///prov/avtal.samverkan"));
		resource.load(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		document = new Document(1, TEXT);
	}

	@Test
	void hoverOnAReferenceShowsKindTitleOrganisationAndDescription() {
		Position onReference = position("medlem Polismästare", "medlem P".length());
		var hover = injector.getInstance(IHoverService.class).hover(document, resource,
				new HoverParams(new TextDocumentIdentifier("file:///prov/avtal.samverkan"), onReference),
				CancelIndicator.NullImpl);
		String text = hover.getContents().getRight().getValue();
		assertEquals("**funktion: Polismästare (Närpolisområde Botkyrka)**\n\nChef för polismästardistriktet", text);
	}

	@Test
	void completionAfterMedlemOffersTheRolesOfTheParties() {
		Position afterMember = position("medlem Polismästare", "medlem ".length());
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier("file:///prov/avtal.samverkan"),
				afterMember);
		List<String> labels = injector.getInstance(ContentAssistService.class)
				.createCompletionList(document, resource, params, CancelIndicator.NullImpl).getItems().stream()
				.map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("Polismästare"), labels.toString());
		assertTrue(labels.contains("samordnare"), "keywords are offered too: " + labels);
	}

	@Test
	void outlineNestsBodiesInTheAgreementWithKindsAndTitles() {
		var symbols = injector.getInstance(HierarchicalDocumentSymbolService.class).getSymbols(resource,
				CancelIndicator.NullImpl);
		List<DocumentSymbol> top = symbols;
		assertEquals(List.of("Polisen", "Underavtal"), top.stream().map(DocumentSymbol::getName).toList());
		assertEquals(SymbolKind.Class, top.get(0).getKind());
		assertEquals("organisation: Närpolisområde Botkyrka", top.get(0).getDetail());
		DocumentSymbol agreement = top.get(1);
		assertEquals(SymbolKind.Module, agreement.getKind());
		DocumentSymbol steering = agreement.getChildren().get(0);
		assertEquals("Styrgruppen", steering.getName());
		assertEquals("organ: Styrgrupp", steering.getDetail());
	}

	private static Position position(String lineText, int column) {
		List<String> lines = TEXT.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			int at = lines.get(i).indexOf(lineText);
			if (at >= 0) {
				return new Position(i, at + column);
			}
		}
		throw new AssertionError(lineText);
	}
}
