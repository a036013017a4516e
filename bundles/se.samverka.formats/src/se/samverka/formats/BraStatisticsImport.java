/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.statistics.BraStatisticsFile;
import se.samverka.exchange.statistics.StatisticsImport;
import se.samverka.model.Agreement;

/** Brå's crime statistics (the yearly file per municipality, or an export from the database) added to the situation picture. */
public final class BraStatisticsImport implements ImportFormat.ModelUpdate {

	@Override
	public String id() {
		return "bra";
	}

	@Override
	public List<String> extensions() {
		return List.of("csv");
	}

	@Override
	public Set<FormatOption> options() {
		return Set.of(FormatOption.YEAR);
	}

	@Override
	public List<String> update(Agreement agreement, byte[] content, Path file, Integer year, LocalDate today)
			throws Refused {
		String name = file.getFileName().toString();
		try {
			return StatisticsImport.apply(agreement, BraStatisticsFile.read(content, name, year), "Brå: " + name);
		} catch (ExchangeException unreadable) {
			throw Refused.placed(file, unreadable);
		}
	}
}
