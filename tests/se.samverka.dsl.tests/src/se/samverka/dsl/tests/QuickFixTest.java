/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Injector;

import se.samverka.dsl.ide.SamverkaIdeSetup;
import se.samverka.model.nls.Language;

/**
 * Each quick fix, applied as an LSP code action to a model that breaks its rule, leaves a model
 * that parses and no longer breaks that rule.
 */
class QuickFixTest {
	private static final String URI_TEXT = "file:///prov/avtal.samverkan";

	private static final String MODEL = """
			organisation Polisen {
				typ polis
				funktion Chef "Lokalpolisområdeschef"
			}

			organisation Kommunen {
				typ kommun
				funktion Direktör "Kommundirektör"
			}

			organisation Räddningen {
				typ räddningstjänst
			}

			område Centrum

			avtal Avtal {
				typ samverkansöverenskommelse
				parter Polisen, Kommunen
				bilaga 1 Plan "Kommunikationsplan" innehåll kommunikationsplan
				bilaga 2 Uppföljning "Uppföljningsplan" innehåll uppföljningsplan
				styrgrupp Styrgruppen {
					mandat "Beslutar."
					ordförande roterar mellan Polisen, Kommunen som Chef, Direktör
					sammanträder 2 gånger per år
				}
				områdesgrupp OmrådesgruppCentrum {
					mandat "Samordnar."
					område Centrum
					sammanträder 4 gånger per år
				}
				varje områdesgrupp har en nätverksgrupp
				samordning {
					samordnare SamordnarePolisen för Polisen
				}
			%s}
			""";

	@ParameterizedTest
	@CsvSource({ "S6,''", "G6,''", "G9,''", "G3,''",
			"C2,'\tkommunikationsplan Info {\n\t\tsyfte \"Informera.\"\n\t\ttalesperson för Polisen\n\t}\n'",
			"M3,'\tmedborgarlöfte Vandringar \"Vi går fyra trygghetsvandringar.\" {\n\t\tägare Räddningen\n\t}\n'" })
	void fixMakesTheModelValidForItsRule(String code, String extra) throws Exception {
		Language.use(Language.SWEDISH);
		Injector injector = new SamverkaIdeSetup().createInjectorAndDoEMFRegistration();
		String text = MODEL.formatted(extra);
		XtextResource resource = parse(injector, text);
		Document document = new Document(1, text);
		Issue issue = issues(injector, resource).stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(code + " does not fire on the test model"));

		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(URI_TEXT);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(new SingleDocumentAccess(resource, document));
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(URI_TEXT), range(document, issue),
				new CodeActionContext(List.of(diagnostic(document, issue)))));
		List<CodeAction> actions = injector.getInstance(ICodeActionService2.class).getCodeActions(options).stream()
				.filter(e -> e.isRight()).map(e -> e.getRight()).toList();
		assertEquals(1, actions.size(), "one fix for " + code);

		String fixed = apply(text, document, actions.get(0).getEdit().getChanges().get(URI_TEXT));
		XtextResource after = parse(injector, fixed);
		assertEquals(List.of(), after.getErrors(), "the fixed text parses:\n" + fixed);
		List<Issue> remaining = issues(injector, after).stream().filter(i -> code.equals(i.getCode())).toList();
		assertTrue(remaining.isEmpty(), code + " still fires after the fix:\n" + fixed + remaining);
		assertFalse(fixed.equals(text));
		assertEquals(injector.getInstance(se.samverka.dsl.workspace.ModelFormatter.class).format(after), fixed,
				"the fix writes formatted text");
	}

	private static XtextResource parse(Injector injector, String text) throws Exception {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI(URI_TEXT));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}

	private static List<Issue> issues(Injector injector, XtextResource resource) {
		return injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	private static Range range(Document document, Issue issue) {
		return new Range(document.getPosition(issue.getOffset()),
				document.getPosition(issue.getOffset() + issue.getLength()));
	}

	private static Diagnostic diagnostic(Document document, Issue issue) {
		Diagnostic diagnostic = new Diagnostic(range(document, issue), issue.getMessage());
		diagnostic.setCode(issue.getCode());
		diagnostic.setSeverity(switch (issue.getSeverity()) {
		case ERROR -> DiagnosticSeverity.Error;
		case WARNING -> DiagnosticSeverity.Warning;
		default -> DiagnosticSeverity.Information;
		});
		return diagnostic;
	}

	/** Applies LSP text edits from the last to the first, so earlier offsets stay right. */
	private static String apply(String text, Document document, List<TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		List<TextEdit> sorted = edits.stream().sorted(Comparator.comparing(
				(TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed()).toList();
		for (TextEdit edit : sorted) {
			result.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}

	/** What a language server gives the fix: the one open document and its resource. */
	private record SingleDocumentAccess(XtextResource resource, Document document) implements ILanguageServerAccess {
		@Override
		public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
			return CompletableFuture.completedFuture(doSyncRead(uri, function));
		}

		@Override
		public <T> T doSyncRead(String uri, Function<Context, T> function) {
			return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
		}

		@Override
		public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void addBuildListener(IBuildListener listener) {
		}

		@Override
		public LanguageClient getLanguageClient() {
			return null;
		}

		@Override
		public ResourceSet newLiveScopeResourceSet(URI uri) {
			return resource.getResourceSet();
		}

		@Override
		public InitializeParams getInitializeParams() {
			return new InitializeParams();
		}

		@Override
		public InitializeResult getInitializeResult() {
			return new InitializeResult();
		}
	}
}
