/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.readiness;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.BodyKind;
import se.samverka.model.FollowUpSubject;
import se.samverka.model.Measure;
import se.samverka.model.Model;
import se.samverka.model.SourceKind;
import se.samverka.model.nls.Texts;
import se.samverka.validation.Agreements;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;
import se.samverka.validation.Rule;

/**
 * How far an agreement has come along the five steps of the national model (Brå, Polisen and
 * SKR, "Samverkan i lokalt brottsförebyggande arbete", 2020): for each step, which of its
 * criteria for "done" the model meets.
 * <p>
 * A promise document (medborgarlöften) is judged by what the rule catalogue asks of it, so that
 * {@code check-readiness} and {@code validate} agree: each of its criteria names the rules it
 * rests on and is met when the document breaks none of them (suppressed findings do not count).
 * It starts at step 2: cooperation is initiated by the agreement the document belongs to.
 */
public final class Readiness {
	private static final Texts TEXTS = new Texts(Readiness.class, "se.samverka.validation.readiness.messages");

	/** One criterion, whether the model meets it, and the rules that decide it (none for a criterion of its own). */
	public record Criterion(String text, boolean met, List<Rule> rules) {
	}

	/** One step of the process, numbered 1–5, with its criteria. */
	public record Step(int number, String name, List<Criterion> criteria) {
		public boolean done() {
			return criteria.stream().allMatch(Criterion::met);
		}
	}

	private Readiness() {
	}

	/** The steps as of today. */
	public static List<Step> of(Agreement agreement) {
		return of(agreement, new ModelValidator());
	}

	/** The steps, with the rules run by the validator given (its clock says whether a period has ended). */
	public static List<Step> of(Agreement agreement, ModelValidator validator) {
		if (agreement.getKind() == AgreementKind.CITIZEN_PROMISE) {
			return promiseDocument(agreement, validator);
		}
		List<Step> steps = new ArrayList<>();
		steps.add(step(1, agreement,
				criterion("1.parties", a -> a.getParties().size() >= 2),
				criterion("1.steering", a -> !Agreements.bodies(a, BodyKind.STEERING_GROUP).isEmpty()),
				criterion("1.coordinators", a -> a.getCoordination() != null && a.getParties().stream()
						.allMatch(p -> a.getCoordination().getCoordinators().stream().anyMatch(c -> c.getParty() == p)))));
		steps.add(step(2, agreement,
				criterion("2.picture", a -> a.getSituationPicture() != null),
				criterion("2.sources", a -> a.getSituationPicture() != null
						&& !a.getSituationPicture().getSources().isEmpty()),
				criterion("2.findings", a -> a.getSituationPicture() != null
						&& (!a.getSituationPicture().getStatistics().isEmpty()
								|| !a.getSituationPicture().getAreaAssessments().isEmpty()))));
		steps.add(step(3, agreement,
				criterion("3.analysis", a -> a.getSituationPicture() != null
						&& a.getSituationPicture().getAnalysis() != null),
				criterion("3.priorities", a -> !a.getPriorityAreas().isEmpty()
						&& a.getPriorityAreas().stream().allMatch(p -> !p.getJustifiedBy().isEmpty())),
				criterion("3.dialogue", a -> a.getSituationPicture() != null && a.getSituationPicture().getSources()
						.stream().anyMatch(s -> s.getKind() == SourceKind.SURVEY || s.getKind() == SourceKind.QUALITATIVE)),
				criterion("3.causes", a -> !a.getPriorityAreas().isEmpty()
						&& a.getPriorityAreas().stream().allMatch(p -> !p.getCauses().isEmpty())),
				criterion("3.signed", a -> a.getSigning() != null && a.getParties().stream().allMatch(
						p -> a.getSigning().getSignatures().stream().anyMatch(s -> s.getParty() == p)))));
		steps.add(step(4, agreement,
				criterion("4.goals", a -> !Agreements.measures(a).isEmpty()
						&& Agreements.measures(a).stream().allMatch(m -> !m.getGoals().isEmpty())),
				criterion("4.causes", a -> !Agreements.measures(a).isEmpty()
						&& Agreements.measures(a).stream().allMatch(m -> !m.getCauses().isEmpty())),
				criterion("4.adopted", a -> !a.getActionPlans().isEmpty() && a.getActionPlans().stream()
						.allMatch(p -> p.getDecidedBy() != null && p.getDecidedBy().getKind() == BodyKind.STEERING_GROUP)),
				criterion("4.promises", a -> !a.getPromises().isEmpty()),
				criterion("4.followUpPlanned", a -> a.getFollowUpPlan() != null)));
		steps.add(step(5, agreement,
				criterion("5.coverage", a -> a.getFollowUpPlan() != null && a.getFollowUpPlan().getEntries().stream()
						.map(e -> e.getSubject()).distinct().filter(s -> s != FollowUpSubject.OTHER).count() == 4),
				criterion("5.outcomes", a -> a.getFollowUpPlan() != null
						&& !a.getFollowUpPlan().getOutcomes().isEmpty()),
				criterion("5.everyMeasure", a -> !Agreements.measures(a).isEmpty()
						&& Agreements.measures(a).stream().allMatch(m -> hasOutcome(a, m)))));
		return steps;
	}

	private static List<Step> promiseDocument(Agreement agreement, ModelValidator validator) {
		Set<Rule> broken = EnumSet.noneOf(Rule.class);
		if (agreement.eContainer() instanceof Model model) {
			for (Finding finding : validator.validate(model).findings()) {
				if (EcoreUtil.isAncestor(agreement, finding.element())) {
					broken.add(finding.rule());
				}
			}
		}
		List<Step> steps = new ArrayList<>();
		steps.add(ruleStep(2, broken, rules("promise.2.picture", Rule.L2), rules("promise.2.sources", Rule.L4)));
		steps.add(ruleStep(3, broken, rules("promise.3.signed", Rule.N5), rules("promise.3.within", Rule.S7)));
		steps.add(ruleStep(4, broken, rules("promise.4.checkable", Rule.M1), rules("promise.4.concrete", Rule.M2),
				rules("promise.4.owners", Rule.M3), rules("promise.4.measurable", Rule.M4),
				rules("promise.4.current", Rule.N4)));
		steps.add(ruleStep(5, broken, rules("promise.5.followedUp", Rule.M5), rules("promise.5.status", Rule.F3)));
		return steps;
	}

	private record RuleCheck(String key, List<Rule> rules) {
	}

	private static RuleCheck rules(String key, Rule... rules) {
		return new RuleCheck(key, List.of(rules));
	}

	private static Step ruleStep(int number, Set<Rule> broken, RuleCheck... checks) {
		List<Criterion> criteria = new ArrayList<>();
		for (RuleCheck check : checks) {
			criteria.add(new Criterion(TEXTS.get(check.key()), check.rules().stream().noneMatch(broken::contains),
					check.rules()));
		}
		return new Step(number, TEXTS.get("step." + number), criteria);
	}

	private static boolean hasOutcome(Agreement agreement, Measure measure) {
		return agreement.getFollowUpPlan() != null && agreement.getFollowUpPlan().getOutcomes().stream()
				.anyMatch(o -> o.getSubject() == measure || measure.getGoals().contains(o.getSubject()));
	}

	private record Check(String key, Predicate<Agreement> test) {
	}

	private static Check criterion(String key, Predicate<Agreement> test) {
		return new Check(key, test);
	}

	private static Step step(int number, Agreement agreement, Check... checks) {
		List<Criterion> criteria = new ArrayList<>();
		for (Check check : checks) {
			criteria.add(new Criterion(TEXTS.get(check.key()), check.test().test(agreement), List.of()));
		}
		return new Step(number, TEXTS.get("step." + number), criteria);
	}

	/** The report as a plain-text table, in the user's language. */
	public static String table(Agreement agreement) {
		StringBuilder table = new StringBuilder();
		table.append(TEXTS.get("title", agreement.getTitle() != null ? agreement.getTitle() : agreement.getName()))
				.append('\n');
		int width = 0;
		List<Step> steps = of(agreement);
		for (Step step : steps) {
			for (Criterion criterion : step.criteria()) {
				width = Math.max(width, label(criterion).length());
			}
		}
		String met = TEXTS.get("met");
		String missing = TEXTS.get("missing");
		for (Step step : steps) {
			long count = step.criteria().stream().filter(Criterion::met).count();
			table.append('\n').append(step.number()).append(". ").append(step.name()).append(" (")
					.append(count).append('/').append(step.criteria().size()).append(")\n");
			for (Criterion criterion : step.criteria()) {
				table.append("   ").append(String.format("%-" + width + "s", label(criterion))).append("  ")
						.append(criterion.met() ? met : missing).append('\n');
			}
		}
		return table.toString();
	}

	/** The criterion as the table shows it: with the codes of its rules, as {@code validate} reports them ("… (M1)"). */
	private static String label(Criterion criterion) {
		if (criterion.rules().isEmpty()) {
			return criterion.text();
		}
		StringBuilder codes = new StringBuilder();
		criterion.rules().forEach(rule -> codes.append(codes.isEmpty() ? "" : ", ").append(rule.code()));
		return criterion.text() + " (" + codes + ")";
	}
}
