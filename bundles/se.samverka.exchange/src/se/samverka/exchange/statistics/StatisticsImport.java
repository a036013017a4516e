/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.resource.Resource;

import se.samverka.exchange.Texts;
import se.samverka.model.Agreement;
import se.samverka.model.Area;
import se.samverka.model.FigureKind;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SituationPicture;
import se.samverka.model.Source;
import se.samverka.model.SourceKind;
import se.samverka.model.Statistic;
import se.samverka.model.YearValue;

/**
 * Statistics rows added to an agreement's situation picture. A row belongs to an area of the model
 * when the region's SCB code is the area's code, or its name is the area's name or title (with or
 * without "kommun"); rows for other regions ("Hela landet" among them) are reported and left out.
 * Each area, category and measure (count, per 100 000) is one statistic that gains the years it lacks;
 * a year it already has with another figure is reported as a conflict and the model's figure kept.
 * The file is recorded as a source of kind Brå statistics.
 */
public final class StatisticsImport {
	private StatisticsImport() {
	}

	/** Adds the rows to the agreement's situation picture and returns what was done, line by line. */
	public static List<String> apply(Agreement agreement, List<StatisticRow> rows, String sourceTitle) {
		List<Area> areas = areas(agreement);
		// made only when a figure needs them, so that an import that adds nothing changes nothing
		Supplier<SituationPicture> picture = () -> situationPicture(agreement);
		Supplier<Source> source = () -> source(picture.get(), sourceTitle);
		List<String> report = new ArrayList<>();
		Set<String> unknownRegions = new LinkedHashSet<>();
		int added = 0;
		int unchanged = 0;
		for (StatisticRow row : rows) {
			Area area = area(areas, row.region());
			if (area == null) {
				unknownRegions.add(row.region());
				continue;
			}
			for (FigureKind kind : List.of(FigureKind.COUNT, FigureKind.PER_HUNDRED_THOUSAND)) {
				BigDecimal value = kind == FigureKind.COUNT ? row.count() : row.perHundredThousand();
				if (value == null) {
					continue;
				}
				Statistic statistic = statistic(agreement.getSituationPicture(), picture, area, row.category(), kind, source);
				YearValue existing = statistic.getValues().stream().filter(v -> v.getYear() == row.year()).findFirst()
						.orElse(null);
				if (existing == null) {
					YearValue year = SamverkaFactory.eINSTANCE.createYearValue();
					year.setYear(row.year());
					year.setValue(value);
					insertInOrder(statistic, year);
					added++;
					report.add(Texts.get("statistics.added", area.getName(), row.category(), String.valueOf(row.year()),
							value.toPlainString(), Texts.get("statistics.kind." + kind.name())));
				} else if (existing.getValue().compareTo(value) == 0) {
					unchanged++;
				} else {
					report.add(Texts.get("statistics.conflict", row.line(), area.getName(), row.category(), String.valueOf(row.year()),
							existing.getValue().toPlainString(), value.toPlainString()));
				}
			}
		}
		if (!unknownRegions.isEmpty()) {
			report.add(Texts.get("statistics.otherRegions", unknownRegions.size(), String.join(", ", unknownRegions)));
		}
		report.add(Texts.get("statistics.summary", added, unchanged));
		return report;
	}

	/** Every area the loaded files declare, sub-areas included. */
	private static List<Area> areas(Agreement agreement) {
		List<Area> areas = new ArrayList<>();
		Resource resource = agreement.eResource();
		List<Resource> resources = resource == null ? List.of()
				: resource.getResourceSet() == null ? List.of(resource) : resource.getResourceSet().getResources();
		for (Resource each : resources) {
			each.getAllContents().forEachRemaining(object -> {
				if (object instanceof Area area) {
					areas.add(area);
				}
			});
		}
		return areas;
	}

	private static Area area(List<Area> areas, String region) {
		String code = region.matches("\\d{4}( .*)?|\\d{4}[ABC]\\d{4}( .*)?") ? region.split(" ", 2)[0] : null;
		String name = code == null ? region : region.contains(" ") ? region.split(" ", 2)[1] : "";
		for (Area area : areas) {
			if (code != null && code.equals(area.getCode())) {
				return area;
			}
		}
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		for (Area area : areas) {
			String title = area.getTitle() == null ? "" : area.getTitle().toLowerCase(Locale.ROOT);
			if (!wanted.isEmpty() && (wanted.equals(area.getName().toLowerCase(Locale.ROOT)) || wanted.equals(title)
					|| (wanted + " kommun").equals(title))) {
				return area;
			}
		}
		return null;
	}

	private static SituationPicture situationPicture(Agreement agreement) {
		if (agreement.getSituationPicture() == null) {
			SituationPicture picture = SamverkaFactory.eINSTANCE.createSituationPicture();
			picture.setName("Lägesbild");
			agreement.setSituationPicture(picture);
		}
		return agreement.getSituationPicture();
	}

	/** The source that names this file, or a new one. */
	private static Source source(SituationPicture picture, String title) {
		for (Source source : picture.getSources()) {
			if (source.getKind() == SourceKind.BRA_STATISTICS && title.equals(source.getTitle())) {
				return source;
			}
		}
		Source source = SamverkaFactory.eINSTANCE.createSource();
		String name = "Brå";
		for (int i = 2; nameTaken(picture, name); i++) {
			name = "Brå" + i;
		}
		source.setName(name);
		source.setTitle(title);
		source.setKind(SourceKind.BRA_STATISTICS);
		picture.getSources().add(source);
		return source;
	}

	private static boolean nameTaken(SituationPicture picture, String name) {
		return picture.getSources().stream().anyMatch(s -> name.equals(s.getName()));
	}

	/** The statistic of the area, category and measure, or a new one from this file. */
	private static Statistic statistic(SituationPicture existing, Supplier<SituationPicture> picture,
			Area area, String category, FigureKind kind, Supplier<Source> source) {
		if (existing != null) {
			for (Statistic statistic : existing.getStatistics()) {
				FigureKind known = statistic.getFigureKind() == null ? FigureKind.COUNT : statistic.getFigureKind();
				if (statistic.getArea() == area && category.equalsIgnoreCase(statistic.getCategory()) && known == kind) {
					return statistic;
				}
			}
		}
		Statistic statistic = SamverkaFactory.eINSTANCE.createStatistic();
		statistic.setArea(area);
		statistic.setCategory(category);
		statistic.setFigureKind(kind);
		statistic.setSource(source.get());
		picture.get().getStatistics().add(statistic);
		return statistic;
	}

	private static void insertInOrder(Statistic statistic, YearValue year) {
		int at = 0;
		while (at < statistic.getValues().size() && statistic.getValues().get(at).getYear() < year.getYear()) {
			at++;
		}
		statistic.getValues().add(at, year);
	}
}
