/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;

import se.samverka.model.Agreement;
import se.samverka.model.Appendix;
import se.samverka.model.Body;
import se.samverka.model.BodyKind;
import se.samverka.model.Chair;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Coordination;
import se.samverka.model.Coordinator;
import se.samverka.model.Organisation;
import se.samverka.model.PromiseActivity;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.Spokesperson;
import se.samverka.validation.Agreements;
import se.samverka.validation.Rule;
import se.samverka.validation.RuleCodes;

/**
 * Quick fixes, once for every editor: the workbench's and any LSP editor's code actions. Each
 * changes the model and lets Xtext's change serializer write the text, formatted. A rule says
 * that it has a fix and what the fix is called ({@link Rule#hasQuickFix()}); the fix is here.
 */
public class SamverkaQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {
	private static final SamverkaFactory FACTORY = SamverkaFactory.eINSTANCE;

	/** S6: every appendix without content gets the empty part it is to hold. */
	@QuickFix(RuleCodes.S6)
	public void addAppendixContent(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Rule.S6.quickFixTitle(), (diagnostic, element) -> context -> {
			Agreement agreement = EcoreUtil2.getContainerOfType(element, Agreement.class);
			if (agreement != null) {
				agreement.getAppendices().forEach(appendix -> addContent(agreement, appendix));
			}
		});
	}

	private static void addContent(Agreement agreement, Appendix appendix) {
		switch (appendix.getContent()) {
		case SITUATION_PICTURE -> {
			if (agreement.getSituationPicture() == null) {
				var picture = FACTORY.createSituationPicture();
				picture.setName("Lägesbild");
				agreement.setSituationPicture(picture);
			}
		}
		case ACTION_PLANS -> {
			if (agreement.getActionPlans().isEmpty()) {
				var plan = FACTORY.createActionPlan();
				plan.setName("Åtgärdsplan");
				agreement.getActionPlans().add(plan);
			}
		}
		case COMMUNICATION_PLAN -> {
			if (agreement.getCommunicationPlan() == null) {
				var plan = FACTORY.createCommunicationPlan();
				plan.setName("Kommunikationsplan");
				agreement.setCommunicationPlan(plan);
			}
		}
		case FOLLOW_UP_PLAN -> {
			if (agreement.getFollowUpPlan() == null) {
				var plan = FACTORY.createFollowUpPlan();
				plan.setName("Uppföljningsplan");
				agreement.setFollowUpPlan(plan);
			}
		}
		case CONTACTS -> addCoordinators(agreement);
		case OTHER -> {
		}
		}
	}

	/** G6: an area group without a network group gets one, working on its assignment. */
	@QuickFix(RuleCodes.G6)
	public void addNetworkGroup(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Rule.G6.quickFixTitle(), (diagnostic, element) -> context -> {
			Body areaGroup = EcoreUtil2.getContainerOfType(element, Body.class);
			if (areaGroup == null || areaGroup.getSubBodies().stream().anyMatch(b -> b.getKind() == BodyKind.NETWORK_GROUP)) {
				return;
			}
			Body network = FACTORY.createBody();
			network.setKind(BodyKind.NETWORK_GROUP);
			network.setName("Nätverksgrupp" + areaGroup.getName().replaceFirst("^Områdesgrupp", ""));
			network.setAssignedBy(areaGroup);
			areaGroup.getSubBodies().add(network);
		});
	}

	/** G9: every party without a coordinator gets one. */
	@QuickFix(RuleCodes.G9)
	public void addCoordinator(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Rule.G9.quickFixTitle(), (diagnostic, element) -> context -> {
			Agreement agreement = EcoreUtil2.getContainerOfType(element, Agreement.class);
			if (agreement != null) {
				addCoordinators(agreement);
			}
		});
	}

	/** G3: a rotating chair without a term gets the usual one year. */
	@QuickFix(RuleCodes.G3)
	public void setChairTerm(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Rule.G3.quickFixTitle(), (diagnostic, element) -> context -> {
			Body body = EcoreUtil2.getContainerOfType(element, Body.class);
			Chair chair = body == null ? null : body.getChair();
			if (chair != null && chair.getTermYears() < 1) {
				chair.setTermYears(1);
			}
		});
	}

	/** C2: every party without a spokesperson gets an entry to fill in. */
	@QuickFix(RuleCodes.C2)
	public void addSpokesperson(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Rule.C2.quickFixTitle(), (diagnostic, element) -> context -> {
			Agreement agreement = EcoreUtil2.getContainerOfType(element, Agreement.class);
			if (agreement == null || agreement.getCommunicationPlan() == null) {
				return;
			}
			var plan = agreement.getCommunicationPlan();
			for (Organisation party : agreement.getParties()) {
				if (plan.getSpokespersons().stream().noneMatch(s -> s.getParty() == party)) {
					Spokesperson spokesperson = FACTORY.createSpokesperson();
					spokesperson.setParty(party);
					plan.getSpokespersons().add(spokesperson);
				}
			}
		});
	}

	/**
	 * M3: the owners of the promise (or activity) that are neither parties nor participants become
	 * participants of the document: third parties who promise are named as medverkande.
	 */
	@QuickFix(RuleCodes.M3)
	public void addOwnersAsParticipants(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Rule.M3.quickFixTitle(), (diagnostic, element) -> context -> {
			Agreement agreement = EcoreUtil2.getContainerOfType(element, Agreement.class);
			if (agreement == null) {
				return;
			}
			List<Organisation> owners = element instanceof PromiseActivity activity ? activity.getOwners()
					: element instanceof CitizenPromise promise ? promise.getOwners() : List.of();
			for (Organisation owner : List.copyOf(owners)) {
				if (!owner.eIsProxy() && !Agreements.isPartyOrParticipant(agreement, owner)) {
					agreement.getParticipants().add(owner);
				}
			}
		});
	}

	private static void addCoordinators(Agreement agreement) {
		Coordination coordination = agreement.getCoordination();
		if (coordination == null) {
			coordination = FACTORY.createCoordination();
			agreement.setCoordination(coordination);
		}
		for (Organisation party : agreement.getParties()) {
			if (coordination.getCoordinators().stream().noneMatch(c -> c.getParty() == party)) {
				Coordinator coordinator = FACTORY.createCoordinator();
				coordinator.setName("Samordnare" + party.getName());
				coordinator.setParty(party);
				coordination.getCoordinators().add(coordinator);
			}
		}
	}
}
