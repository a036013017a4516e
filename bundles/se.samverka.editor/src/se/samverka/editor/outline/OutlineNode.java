/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.outline;

import org.eclipse.lsp4j.DocumentSymbol;

/** An element in the outline: the symbol the language server gave, and the file it is in (for its properties). */
public record OutlineNode(String uri, DocumentSymbol symbol) {
}
