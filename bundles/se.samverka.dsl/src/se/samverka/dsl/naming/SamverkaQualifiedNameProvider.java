/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import se.samverka.model.Agreement;
import se.samverka.model.Area;
import se.samverka.model.NamedElement;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.Role;

/**
 * Names as a coordinator thinks of them: organisations, people, areas and agreements are known by
 * their own name in the whole project; a role by its organisation ("Polisen.Polismästare"); and
 * everything inside an agreement by the agreement's name, however deeply it is nested
 * ("Underavtal.Medling", not "Underavtal.Åtgärdsplan.Medling").
 */
public class SamverkaQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (!(object instanceof NamedElement named) || named.getName() == null || named.getName().isEmpty()) {
			return null;
		}
		String name = named.getName();
		if (object instanceof Organisation || object instanceof Person || object instanceof Area
				|| object instanceof Agreement) {
			return QualifiedName.create(name);
		}
		if (object instanceof Role role && role.eContainer() instanceof Organisation organisation
				&& organisation.getName() != null) {
			return QualifiedName.create(organisation.getName(), name);
		}
		Agreement agreement = EcoreUtil2.getContainerOfType(object.eContainer(), Agreement.class);
		if (agreement != null && agreement.getName() != null) {
			return QualifiedName.create(agreement.getName(), name);
		}
		return QualifiedName.create(name);
	}
}
