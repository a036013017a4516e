/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.ModelSet;
import se.samverka.exchange.json.JsonFormat;

/** Models from Samverka's JSON, each with the file name it was exported from. */
public final class JsonImport implements ImportFormat.NewModels {

	@Override
	public String id() {
		return "json";
	}

	@Override
	public List<String> extensions() {
		return List.of("json");
	}

	@Override
	public List<ModelSet.Entry> models(byte[] content, Path file) throws Refused {
		try {
			return JsonFormat.read(new ByteArrayInputStream(content));
		} catch (ExchangeException unreadable) {
			throw Refused.placed(file, unreadable);
		} catch (IOException unreadable) {
			throw new Refused(file + ": " + unreadable.getMessage());
		}
	}
}
