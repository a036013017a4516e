/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.util.List;

import se.samverka.exchange.oef.OpenExchangeWriter;

/** The agreement's governance for Archi, as ArchiMate's Open Exchange Format with a laid-out view. */
public final class OpenExchangeExport extends FileExport {

	@Override
	public String id() {
		return "oef";
	}

	@Override
	public List<String> extensions() {
		return List.of("xml");
	}

	@Override
	public byte[] bytes(ExportRequest request) throws NotExported {
		return OpenExchangeWriter.write(request.agreement());
	}
}
