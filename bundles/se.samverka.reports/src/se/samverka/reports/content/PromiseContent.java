/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.content;

import se.samverka.model.labels.PeriodTexts;
import se.samverka.model.labels.SwedishNumbers;
import static se.samverka.reports.content.DocumentContent.capitalised;
import static se.samverka.reports.content.DocumentContent.joined;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.Area;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Comparison;
import se.samverka.model.Development;
import se.samverka.model.Figure;
import se.samverka.model.FigureKind;
import se.samverka.model.Finding;
import se.samverka.model.Goal;
import se.samverka.model.LocalProblem;
import se.samverka.model.Observation;
import se.samverka.model.Organisation;
import se.samverka.model.OverarchingGoal;
import se.samverka.model.PromiseActivity;
import se.samverka.model.ResidentHearing;
import se.samverka.model.Signature;
import se.samverka.model.SituationPicture;
import se.samverka.model.SurveyResult;
import se.samverka.model.ThematicAssessment;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.ValueNames;
import se.samverka.reports.Texts;

/**
 * A citizen promise document as police and municipalities publish it, on one to four pages: the
 * title with period, parties and police area, the problems the promises answer with a brief
 * situation picture, each promise with who promises, where, with whom, its goals and activities,
 * and a place for each signature.
 */
public final class PromiseContent {
	private final Agreement document;
	private final DocumentContent content;

	private PromiseContent(Agreement document) {
		this.document = document;
		this.content = new DocumentContent(ElementLabels.of(document));
	}

	/** Whether the agreement is a citizen promise document, which is published as a promise rather than as an agreement. */
	public static boolean isPromiseDocument(Agreement agreement) {
		return agreement.getKind() == AgreementKind.CITIZEN_PROMISE;
	}

	public static DocumentContent of(Agreement document) {
		PromiseContent builder = new PromiseContent(document);
		builder.build();
		return builder.content;
	}

	private void build() {
		content.add(new Block.Heading(0, content.title()));
		content.paragraph(facts(document));
		background();
		situation();
		promises();
		signatures();
	}

	/** The lines under the title: period, the agreement it belongs to, parties, police area, municipality, status and dates, as written. */
	static String facts(Agreement document) {
		List<String> lines = new ArrayList<>();
		String period = period(document);
		if (period != null) {
			lines.add(Texts.get("promise.period", document.isYearlyRevision() ? Texts.get("promise.yearlyRevision", period) : period));
		}
		if (document.getFramework() != null) {
			lines.add(Texts.get("promise.framework", ElementLabels.of(document.getFramework())));
		}
		if (!document.getParties().isEmpty()) {
			lines.add(Texts.get("promise.parties", labels(document.getParties())));
		}
		Organisation police = document.getPoliceArea();
		if (police != null) {
			lines.add(Texts.get("promise.policeArea", police.getParent() == null ? ElementLabels.of(police)
					: ElementLabels.of(police) + ", " + ElementLabels.of(police.getParent())));
		}
		if (document.getMunicipality() != null) {
			lines.add(Texts.get("promise.municipality", ElementLabels.of(document.getMunicipality())));
		}
		if (!document.getParticipants().isEmpty()) {
			lines.add(Texts.get("promise.participants", labels(document.getParticipants())));
		}
		if (document.isSetStatus()) {
			lines.add(Texts.get("promise.status", ValueNames.of(document.getStatus())));
		}
		if (document.getDecided() != null) {
			lines.add(Texts.get("promise.decided", document.getDecided().toString()));
		}
		if (document.getSigned() != null) {
			lines.add(Texts.get("promise.signed", document.getSigned().toString()));
		}
		return String.join("\n", lines);
	}

	/** The period as written: "oktober 2018 – oktober 2019", "2017"; null when the document gives none. */
	public static String period(Agreement document) {
		return PeriodTexts.of(document);
	}

	private void background() {
		if (document.getBackground() == null && document.getScope() == null && document.getGoals().isEmpty()) {
			return;
		}
		content.section(Texts.get("promise.background"));
		content.text(document.getBackground());
		content.text(document.getScope());
		if (!document.getGoals().isEmpty()) {
			content.paragraph(Texts.get("promise.overarchingGoals"));
			for (OverarchingGoal goal : document.getGoals()) {
				content.bullet(goal.getTargetYear() > 0 ? Texts.get("promise.with", goal.getText(), String.valueOf(goal.getTargetYear()))
						: goal.getText());
			}
		}
	}

	/** The situation picture briefly: how residents were heard and what they said, figures, trends, the problems. */
	private void situation() {
		SituationPicture picture = document.getSituationPicture();
		List<Finding> answered = answered();
		if (picture == null && answered.isEmpty()) {
			return;
		}
		content.section(Texts.get("promise.situation"));
		if (picture != null) {
			content.text(picture.getDescription());
			content.text(picture.getMethod());
			picture.getHearings().forEach(this::hearing);
			picture.getSurveyResults().forEach(result -> content.bullet(survey(result)));
			for (ThematicAssessment theme : picture.getThematicAssessments()) {
				content.bullet(joined(": ", theme.getTheme(), joined(" ", theme.getNarrative(),
						theme.getFigures().stream().map(PromiseContent::figure).collect(Collectors.joining("; ")))));
			}
			picture.getDevelopments().forEach(development -> content.bullet(development(development)));
			content.text(picture.getAnalysis());
		}
		if (!answered.isEmpty()) {
			content.subheading(Texts.get("promise.problems"));
			answered.forEach(finding -> content.bullet(finding(finding)));
		}
	}

	/** The findings the document answers: those it names, else the problems of its situation picture. */
	private List<Finding> answered() {
		if (!document.getAnswers().isEmpty()) {
			return List.copyOf(document.getAnswers());
		}
		return document.getSituationPicture() == null ? List.of() : List.copyOf(document.getSituationPicture().getProblems());
	}

	private void hearing(ResidentHearing hearing) {
		String respondents = hearing.getRespondents() > 0 ? Texts.get("promise.respondents", hearing.getRespondents()) : null;
		String count = hearing.getCount() > 0 ? joined(" ", hearing.isSetCountQualifier()
				? ValueNames.of(hearing.getCountQualifier()) : null, Texts.get("promise.hearingCount", hearing.getCount())) : null;
		String details = joined(", ", ValueNames.of(hearing.getKind()),
				hearing.getWhen() == null ? null : hearing.getWhen().toString(), areas(hearing.getAreas()), count, respondents);
		String title = hearing.getTitle() != null ? hearing.getTitle() : capitalised(ValueNames.of(hearing.getKind()));
		content.paragraph(details.isEmpty() ? title : Texts.get("promise.with", title, details)
				+ (hearing.getObservations().isEmpty() ? "" : ":"));
		content.text(hearing.getDescription());
		for (Observation observation : hearing.getObservations()) {
			content.bullet(observation.getText());
		}
	}

	private static String survey(SurveyResult result) {
		String share = result.getPercent() == null ? null : SwedishNumbers.format(result.getPercent()) + "\u00a0%";
		String year = result.isYearUnknown() ? Texts.get("promise.yearUnknown")
				: result.getYear() > 0 ? String.valueOf(result.getYear()) : null;
		String comparisons = result.getComparisons().stream().map(PromiseContent::comparison).collect(Collectors.joining(", "));
		return joined(" ", joined(": ", result.getQuestion(), joined(" ", share, result.getPopulation())),
				"(" + joined(", ", areas(result.getAreas()), year,
						result.getRespondents() > 0 ? Texts.get("promise.respondents", result.getRespondents()) : null) + ")",
				comparisons.isEmpty() ? null : Texts.get("promise.comparedWith", comparisons)).replace(" ()", "");
	}

	private static String comparison(Comparison comparison) {
		String label = comparison.getArea() != null ? ElementLabels.of(comparison.getArea()) : comparison.getLabel();
		return joined(" ", label, comparison.getValue() == null ? null : SwedishNumbers.format(comparison.getValue()));
	}

	private static String figure(Figure figure) {
		String number = figure.getValue() == null ? null : SwedishNumbers.format(figure.getValue())
				+ (figure.getKind() == FigureKind.PERCENT ? "\u00a0%" : "");
		String year = figure.isYearUnknown() ? Texts.get("promise.yearUnknown") : figure.getYear() > 0 ? String.valueOf(figure.getYear()) : null;
		String where = joined(", ", figure.getArea() == null ? null : ElementLabels.of(figure.getArea()), year);
		return joined(" ", figure.getLabel() + ":", !figure.isSetQualifier() ? null : ValueNames.of(figure.getQualifier()),
				number, where.isEmpty() ? null : "(" + where + ")");
	}

	private static String development(Development development) {
		String trend = !development.isSetTrend() ? null : ValueNames.of(development.getTrend());
		String level = !development.isSetRelation() ? null
				: joined(" ", ValueNames.of(development.getRelation()), development.getReference());
		String where = joined(", ", areas(development.getAreas()), development.getYear() > 0 ? String.valueOf(development.getYear()) : null);
		String sentence = joined(" ", capitalised(development.getSubject()), trend, level);
		sentence = where.isEmpty() ? sentence : Texts.get("promise.with", sentence, where);
		return development.getWording() == null ? sentence : Texts.get("promise.quoted", sentence, development.getWording());
	}

	/** A finding in words: the problem's or observation's text, the survey's question, the trend's subject. */
	static String finding(Finding finding) {
		return switch (finding) {
		case LocalProblem problem -> problem.getAreas().isEmpty() ? problem.getText()
				: Texts.get("promise.with", problem.getText(), areas(problem.getAreas()));
		case Observation observation -> observation.getText();
		case SurveyResult result -> survey(result);
		case Development development -> development(development);
		case ThematicAssessment theme -> theme.getTheme();
		default -> ElementLabels.of(finding);
		};
	}

	private void promises() {
		if (document.getPromises().isEmpty()) {
			return;
		}
		content.section(Texts.get("promise.promises"));
		int number = 0;
		for (CitizenPromise promise : document.getPromises()) {
			content.subheading(++number + ". " + promise.getText());
			content.paragraph(String.join("\n", about(promise)));
			if (!promise.getActivities().isEmpty()) {
				activities(promise.getActivities());
			}
		}
	}

	/** The activities with owner, time and place; a column none of them fills is left out. */
	private void activities(List<PromiseActivity> activities) {
		List<String> header = List.of(Texts.get("promise.activity"), Texts.get("promise.activityOwner"),
				Texts.get("promise.activityWhen"), Texts.get("promise.activityWhere"));
		List<List<String>> rows = new ArrayList<>();
		for (PromiseActivity activity : activities) {
			rows.add(List.of(activity.getText(), labels(activity.getOwners()),
					joined(", ", activity.getWhen(), activity.getPeriod() == null ? null : activity.getPeriod().toString()),
					areas(activity.getPlaces())));
		}
		content.tableOfFilledColumns(header, rows, List.of());
	}

	/** Who promises, with whom, where, what it answers and its goals: the lines under a promise. */
	static List<String> about(CitizenPromise promise) {
		List<String> lines = new ArrayList<>();
		if (!promise.getOwners().isEmpty()) {
			lines.add(Texts.get("promise.owners", labels(promise.getOwners())));
		}
		String partners = joined(", ", labels(promise.getPartners()), String.join(", ", promise.getChannels()));
		if (!partners.isEmpty()) {
			lines.add(Texts.get("promise.partners", partners));
		}
		if (!promise.getPlaces().isEmpty()) {
			lines.add(Texts.get("promise.places", areas(promise.getPlaces())));
		}
		if (!promise.getAnswers().isEmpty()) {
			lines.add(Texts.get("promise.answers",
					promise.getAnswers().stream().map(PromiseContent::findingShort).collect(Collectors.joining("; "))));
		}
		for (Goal goal : promise.getGoals()) {
			lines.add(Texts.get("promise.goal", GoalTexts.line(goal)));
		}
		if (promise.getGoals().isEmpty() && GoalTexts.target(promise) != null) {
			lines.add(Texts.get("promise.goal", GoalTexts.target(promise)));
		}
		if (promise.isSetContinuity()) {
			lines.add(Texts.get("promise.continuity." + promise.getContinuity().name()));
		}
		return lines;
	}

	private static String findingShort(Finding finding) {
		return finding instanceof LocalProblem problem ? problem.getText() : finding(finding);
	}

	/** A place for each signature: the function, the name if given, place and date if given, a line to sign on. */
	private void signatures() {
		List<String> blocks = new ArrayList<>();
		if (document.getSigning() != null && !document.getSigning().getSignatures().isEmpty()) {
			for (Signature signature : document.getSigning().getSignatures()) {
				String function = signature.getSignatoryTitle() != null ? signature.getSignatoryTitle()
						: signature.getRole() != null ? ElementLabels.of(signature.getRole()) : null;
				blocks.add(signature(signature.getParty() == null ? null : ElementLabels.of(signature.getParty()),
						signature.getSignatory(), function,
						joined(", ", signature.getPlace(), signature.getDate() == null ? null : String.valueOf(signature.getDate()))));
			}
		} else {
			document.getParties().forEach(party -> blocks.add(signature(ElementLabels.of(party), null, null, null)));
		}
		if (blocks.isEmpty()) {
			return;
		}
		content.section(Texts.get("promise.signatures"));
		blocks.forEach(content::paragraph);
	}

	private static String signature(String party, String name, String function, String placeAndDate) {
		List<String> lines = new ArrayList<>();
		if (party != null) {
			lines.add(Texts.get("promise.signatureFor", party));
		}
		lines.add(Texts.get("promise.placeAndDate", placeAndDate == null || placeAndDate.isEmpty() ? LINE : placeAndDate));
		lines.add("");
		lines.add(LINE + LINE);
		String who = joined(", ", name, function);
		lines.add(who.isEmpty() ? Texts.get("promise.nameAndFunction") : who);
		return String.join("\n", lines);
	}

	private static final String LINE = "_".repeat(24);

	static String labels(Collection<? extends Organisation> organisations) {
		return organisations.stream().map(ElementLabels::of).collect(Collectors.joining(", "));
	}

	static String areas(Collection<Area> areas) {
		return areas.stream().map(ElementLabels::of).collect(Collectors.joining(", "));
	}
}
