/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;

import se.samverka.exchange.ModelSet;
import se.samverka.exchange.json.JsonFormat;

/** The file's model with the models of its folder it refers to, as Samverka's JSON. */
public final class JsonExport extends FileExport {

	@Override
	public String id() {
		return "json";
	}

	@Override
	public List<String> extensions() {
		return List.of("json");
	}

	@Override
	public byte[] bytes(ExportRequest request) {
		return JsonFormat.write(ModelSet.of(request.resource())).getBytes(StandardCharsets.UTF_8);
	}
}
