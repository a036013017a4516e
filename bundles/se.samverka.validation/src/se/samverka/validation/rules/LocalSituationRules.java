/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.rules;

import static se.samverka.model.SamverkaPackage.Literals.*;

import se.samverka.model.Agreement;
import se.samverka.model.Area;
import se.samverka.model.AreaAssessment;
import se.samverka.model.SituationPicture;
import se.samverka.model.Statistic;
import se.samverka.model.Trend;
import se.samverka.model.derived.Trends;
import se.samverka.model.labels.ValueNames;
import se.samverka.validation.Findings;
import se.samverka.validation.Rule;

/** The local situation picture (lägesbild): L1–L4. */
public final class LocalSituationRules {

	/** L1: a statistic's stated trend agrees with its numbers. */
	public void l1StatedTrendAgreesWithNumbers(Agreement agreement, Findings findings) {
		SituationPicture picture = agreement.getSituationPicture();
		if (picture == null) {
			return;
		}
		for (Statistic statistic : picture.getStatistics()) {
			if (!statistic.isSetStatedTrend()) {
				continue;
			}
			Trend computed = Trends.computed(statistic).orElse(null);
			if (computed != null && computed != statistic.getStatedTrend()) {
				findings.report(Rule.L1, statistic, STATISTIC__STATED_TREND, ValueNames.of(statistic.getStatedTrend()),
						ValueNames.of(computed));
			}
		}
	}

	/** L2: the picture is dated, no more than a year before the agreement's period starts. */
	public void l2PictureIsDatedAndRecent(Agreement agreement, Findings findings) {
		SituationPicture picture = agreement.getSituationPicture();
		if (picture == null) {
			return;
		}
		if (picture.getAsOf() == null) {
			findings.reportCase(Rule.L2, "undated", picture, SITUATION_PICTURE__AS_OF);
		} else if (agreement.getValidity() != null && agreement.getValidity().getFrom() != null
				&& picture.getAsOf().isBefore(agreement.getValidity().getFrom().minusYears(1))) {
			findings.report(Rule.L2, picture, SITUATION_PICTURE__AS_OF, picture.getAsOf(),
					agreement.getValidity().getFrom());
		}
	}

	/** L3: every area of a statistic or assessment lies within the agreement's municipality. */
	public void l3AreasLieInTheMunicipality(Agreement agreement, Findings findings) {
		SituationPicture picture = agreement.getSituationPicture();
		Area municipality = agreement.getMunicipality();
		if (picture == null || municipality == null) {
			return;
		}
		for (Statistic statistic : picture.getStatistics()) {
			if (resolved(statistic.getArea()) && !within(statistic.getArea(), municipality)) {
				findings.report(Rule.L3, statistic, STATISTIC__AREA, statistic.getArea().getName(),
						municipality.getName());
			}
		}
		for (AreaAssessment assessment : picture.getAreaAssessments()) {
			if (resolved(assessment.getArea()) && !within(assessment.getArea(), municipality)) {
				findings.report(Rule.L3, assessment, AREA_ASSESSMENT__AREA, assessment.getArea().getName(),
						municipality.getName());
			}
		}
	}

	/** L4: sources are named, and a statement on changed sources says what changed. */
	public void l4SourcesAreNamed(Agreement agreement, Findings findings) {
		SituationPicture picture = agreement.getSituationPicture();
		if (picture == null) {
			return;
		}
		if (picture.getSources().isEmpty()) {
			findings.report(Rule.L4, picture, SITUATION_PICTURE__SOURCES);
		}
		if (picture.getSourceChange() != null && picture.getSourceChange().isBlank()) {
			findings.reportCase(Rule.L4, "change", picture, SITUATION_PICTURE__SOURCE_CHANGE);
		}
	}

	/** An area named and found; one that does not resolve is S1's finding, not L3's. */
	private static boolean resolved(Area area) {
		return area != null && !area.eIsProxy();
	}

	static boolean within(Area area, Area municipality) {
		for (Object current = area; current instanceof Area a; current = a.eContainer()) {
			if (a == municipality) {
				return true;
			}
		}
		return false;
	}

}
