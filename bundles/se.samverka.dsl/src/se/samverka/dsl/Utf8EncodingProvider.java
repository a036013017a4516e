/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.IEncodingProvider;

/** .samverkan files are UTF-8 everywhere, whatever the platform's default: å, ä and ö must survive. */
public class Utf8EncodingProvider implements IEncodingProvider {
	@Override
	public String getEncoding(URI uri) {
		return "UTF-8";
	}
}
