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

/** The local situation picture: L1–L4. */
public final class SituationPictureRules {

	/** L1: a statistic's stated trend agrees with its numbers. */
	public void statedTrendAgreesWithNumbers(Agreement agreement, Findings findings) {
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
	public void pictureIsDatedAndRecent(Agreement agreement, Findings findings) {
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
	public void areasAreDeclaredInTheMunicipality(Agreement agreement, Findings findings) {
		SituationPicture picture = agreement.getSituationPicture();
		Area municipality = agreement.getMunicipality();
		if (picture == null || municipality == null) {
			return;
		}
		for (Statistic statistic : picture.getStatistics()) {
			if (statistic.getArea() != null && !within(statistic.getArea(), municipality)) {
				findings.report(Rule.L3, statistic, STATISTIC__AREA, statistic.getArea().getName(),
						municipality.getName());
			}
		}
		for (AreaAssessment assessment : picture.getAreaAssessments()) {
			if (assessment.getArea() != null && !within(assessment.getArea(), municipality)) {
				findings.report(Rule.L3, assessment, AREA_ASSESSMENT__AREA, assessment.getArea().getName(),
						municipality.getName());
			}
		}
	}

	/** L4: sources are named, and a statement on changed sources says what changed. */
	public void sourcesAreNamed(Agreement agreement, Findings findings) {
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

	static boolean within(Area area, Area municipality) {
		for (Object current = area; current instanceof Area a; current = a.eContainer()) {
			if (a == municipality) {
				return true;
			}
		}
		return false;
	}

}
