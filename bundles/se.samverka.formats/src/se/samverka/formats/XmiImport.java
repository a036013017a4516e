/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.ModelSet;
import se.samverka.exchange.xmi.XmiFormat;
import se.samverka.model.Model;

/** Models from EMF's XMI; each becomes a .samverkan file named after its first agreement or organisation. */
public final class XmiImport implements ImportFormat.NewModels {

	@Override
	public String id() {
		return "xmi";
	}

	@Override
	public List<String> extensions() {
		return List.of("xmi");
	}

	@Override
	public List<ModelSet.Entry> models(byte[] content, Path file) throws Refused {
		try {
			List<ModelSet.Entry> entries = new ArrayList<>();
			for (Model model : XmiFormat.read(new ByteArrayInputStream(content))) {
				entries.add(new ModelSet.Entry(null, model));
			}
			return entries;
		} catch (ExchangeException unreadable) {
			throw Refused.placed(file, unreadable);
		}
	}
}
