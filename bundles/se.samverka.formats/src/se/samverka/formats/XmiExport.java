/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.io.IOException;
import java.util.List;

import se.samverka.exchange.ModelSet;
import se.samverka.exchange.xmi.XmiFormat;

/** The file's model with the models of its folder it refers to, as EMF's XMI. */
public final class XmiExport extends FileExport {

	@Override
	public String id() {
		return "xmi";
	}

	@Override
	public List<String> extensions() {
		return List.of("xmi");
	}

	@Override
	public byte[] bytes(ExportRequest request) throws IOException {
		return XmiFormat.write(ModelSet.of(request.resource()));
	}
}
