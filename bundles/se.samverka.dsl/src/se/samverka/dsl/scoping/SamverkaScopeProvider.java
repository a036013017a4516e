/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

import se.samverka.model.Agreement;
import se.samverka.model.Organisation;
import se.samverka.model.Role;
import se.samverka.model.SamverkaPackage;

/**
 * Lets references find what a user means. Inside an agreement, a role of one of its parties or
 * participating organisations is found by its own name ("Polismästare"), so bodies can be written
 * the way seed 004 lists them; roles of other organisations still resolve by qualified name.
 * Everything else follows the qualified names of {@code SamverkaQualifiedNameProvider}.
 */
public class SamverkaScopeProvider extends AbstractSamverkaScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		IScope outer = super.getScope(context, reference);
		EClass type = reference.getEReferenceType();
		boolean wantsRole = type == SamverkaPackage.Literals.ROLE || type == SamverkaPackage.Literals.ACTOR;
		if (!wantsRole) {
			return outer;
		}
		Agreement agreement = EcoreUtil2.getContainerOfType(context, Agreement.class);
		if (agreement == null) {
			return outer;
		}
		return Scopes.scopeFor(rolesOfTheAgreementsOrganisations(agreement), outer);
	}

	private static List<Role> rolesOfTheAgreementsOrganisations(Agreement agreement) {
		List<Role> roles = new ArrayList<>();
		List<Organisation> organisations = new ArrayList<>(agreement.getParties());
		organisations.addAll(agreement.getParticipants());
		for (Organisation organisation : organisations) {
			if (!organisation.eIsProxy()) {
				roles.addAll(organisation.getRoles());
			}
		}
		return roles;
	}
}
