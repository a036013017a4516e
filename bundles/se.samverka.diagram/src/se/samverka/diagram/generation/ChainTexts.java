/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.AreaAssessment;
import se.samverka.model.Development;
import se.samverka.model.Goal;
import se.samverka.model.LocalProblem;
import se.samverka.model.Observation;
import se.samverka.model.Statistic;
import se.samverka.model.SurveyResult;
import se.samverka.model.ThematicAssessment;
import se.samverka.model.Titled;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.SwedishNumbers;
import se.samverka.model.labels.ValueNames;
import se.samverka.model.nls.Language;

/**
 * What the boxes of the traceability chain say: a finding, problem or goal by its own words (its
 * text, question or theme), never by its name in the model, which is an identifier.
 */
final class ChainTexts {
	private ChainTexts() {
	}

	/** A finding of the situation picture in words: "Tullinge: Bostadsinbrott", the problem's text … */
	static String finding(EObject finding) {
		String text = switch (finding) {
		case Statistic statistic -> statistic.getArea() == null ? statistic.getCategory()
				: ElementLabels.of(statistic.getArea()) + ": " + statistic.getCategory();
		case AreaAssessment assessment -> assessment.getArea() == null ? null
				: DiagramTexts.get("finding.assessment", ElementLabels.of(assessment.getArea()));
		case LocalProblem problem -> problem.getText();
		case Observation observation -> observation.getText();
		case SurveyResult survey -> survey.getQuestion() == null ? null
				: survey.getPercent() == null ? survey.getQuestion()
						: DiagramTexts.get("finding.survey", survey.getQuestion(), number(survey.getPercent()));
		case Development development -> development.getSubject() == null ? null
				: capitalised(development.getSubject())
						+ (development.isSetTrend() ? " " + ValueNames.of(development.getTrend()) : "");
		case ThematicAssessment theme -> theme.getTheme();
		default -> finding instanceof Titled ? ElementLabels.of(finding) : null;
		};
		return text != null ? text : DiagramTexts.get("finding");
	}

	/** A goal by its text, else its indicator. */
	static String goal(Goal goal) {
		if (goal.getText() != null) {
			return goal.getText();
		}
		return goal.getIndicator() != null ? goal.getIndicator() : DiagramTexts.get("goal");
	}

	/** What a goal aims at: "93 → 186 personer" from a baseline, else "minst 200 tillfällen"; null without a target. */
	static String target(Goal goal) {
		if (goal.getTarget() == null) {
			return null;
		}
		String unit = goal.getUnit() != null ? " " + goal.getUnit() : "";
		if (goal.getBaseline() != null) {
			return number(goal.getBaseline()) + " → " + number(goal.getTarget()) + unit;
		}
		String comparison = goal.isSetComparison() ? ValueNames.of(goal.getComparison()) + " " : "";
		return comparison + number(goal.getTarget()) + unit;
	}

	/** Names of organisations or places, by their titles: "Nordmannatorget, Komarken". */
	static String titles(List<? extends EObject> elements) {
		return elements.stream().map(ElementLabels::of).collect(Collectors.joining(", "));
	}

	/** A number as the reader's language writes it ("12 345,5" in Swedish), without trailing zeros. */
	static String number(BigDecimal value) {
		return Language.current().getLanguage().equals(Language.SWEDISH.getLanguage()) ? SwedishNumbers.format(value)
				: value.stripTrailingZeros().toPlainString();
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}
}
