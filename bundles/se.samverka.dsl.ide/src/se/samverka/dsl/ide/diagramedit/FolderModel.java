/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import se.samverka.model.Agreement;
import se.samverka.model.Body;
import se.samverka.model.Membership;
import se.samverka.model.Model;
import se.samverka.model.NamedElement;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.Role;

/**
 * The models of one folder as the diagram's operations see them: elements found by the names the
 * diagram knows them by (its node ids name them), whichever file of the folder holds them.
 */
public final class FolderModel {
	private final ResourceSet resources;
	private final URI file;
	private final IQualifiedNameProvider names;
	private final ClauseText text = new ClauseText();

	/**
	 * @param resources the folder's models, all loaded
	 * @param file      the model the diagram shows (where new top-level bodies go)
	 */
	FolderModel(ResourceSet resources, URI file, IQualifiedNameProvider names) {
		this.resources = resources;
		this.file = file;
		this.names = names;
	}

	ResourceSet resources() {
		return resources;
	}

	/** The edits of clauses in the text, beside the model's changes. */
	ClauseText text() {
		return text;
	}

	/** The agreement the diagram shows: the one of that name, or the first in its file. */
	Agreement agreement(String name) throws DiagramEditException {
		if (name != null) {
			return find(Agreement.class, name, "what.agreement");
		}
		Resource resource = resources.getResource(file, true);
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model
				&& !model.getAgreements().isEmpty()) {
			return model.getAgreements().get(0);
		}
		throw new DiagramEditException("noAgreement", file.lastSegment());
	}

	Body body(String name) throws DiagramEditException {
		return find(Body.class, name, "what.body");
	}

	Organisation organisation(String name) throws DiagramEditException {
		return find(Organisation.class, name, "what.organisation");
	}

	/** A role by its name; a person stands for the role the person has. */
	Role role(String name) throws DiagramEditException {
		NamedElement element = find(NamedElement.class, name, "what.role");
		if (element instanceof Role role) {
			return role;
		}
		if (element instanceof Person person && person.getRole() != null) {
			return person.getRole();
		}
		throw new DiagramEditException("notRole", name);
	}

	/** The member at a position of a body, counted from 0 as the text lists them. */
	Membership member(Body body, int index) throws DiagramEditException {
		if (index < 0 || index >= body.getMembers().size()) {
			throw new DiagramEditException("noSuchMember", body.getName(), index, body.getMembers().size());
		}
		return body.getMembers().get(index);
	}

	/**
	 * The element of a type with a name: its full name ("Kommunen.Säkerhetschef",
	 * "Underavtal.Styrgruppen") or its own name when only one element of the folder has it.
	 * A diagram node id ("styrgrupp:Styrgruppen") names it too.
	 */
	<T extends NamedElement> T find(Class<T> type, String name, String whatKey) throws DiagramEditException {
		String what = EditTexts.get(whatKey);
		if (name == null || name.isBlank()) {
			throw new DiagramEditException("missingArgument", what);
		}
		String wanted = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
		List<T> byOwnName = new ArrayList<>();
		for (T element : all(type)) {
			QualifiedName full = names.getFullyQualifiedName(element);
			if (full != null && full.toString().equals(wanted)) {
				return element;
			}
			if (wanted.equals(element.getName())) {
				byOwnName.add(element);
			}
		}
		if (byOwnName.size() == 1) {
			return byOwnName.get(0);
		}
		if (byOwnName.isEmpty()) {
			throw new DiagramEditException("notFound", what, wanted);
		}
		throw new DiagramEditException("ambiguous", wanted, names.getFullyQualifiedName(byOwnName.get(0)));
	}

	<T> List<T> all(Class<T> type) {
		List<T> all = new ArrayList<>();
		for (Resource resource : List.copyOf(resources.getResources())) {
			resource.getAllContents().forEachRemaining(element -> {
				if (type.isInstance(element)) {
					all.add(type.cast(element));
				}
			});
		}
		return all;
	}

	/**
	 * A name for a new element of the agreement made from its title, as a modeller would write
	 * it ("Ny arbetsgrupp" → "NyArbetsgrupp"), different from every name in the folder.
	 */
	String newName(String title, String fallback) {
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (int offset = 0; title != null && offset < title.length();) {
			int letter = title.codePointAt(offset);
			offset += Character.charCount(letter);
			if (isNameCharacter(letter)) {
				name.appendCodePoint(upper ? Character.toUpperCase(letter) : letter);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (name.isEmpty() || !isNameStart(name.codePointAt(0))) {
			name.insert(0, fallback);
		}
		Set<String> taken = new HashSet<>();
		for (NamedElement element : all(NamedElement.class)) {
			taken.add(element.getName());
		}
		String candidate = name.toString();
		for (int number = 2; taken.contains(candidate); number++) {
			candidate = name.toString() + number;
		}
		return candidate;
	}

	// the grammar's ID: Latin letters, å ä ö é ü, digits, '_' and '-'
	private static boolean isNameStart(int c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || "åäöÅÄÖéÉüÜ".indexOf(c) >= 0;
	}

	private static boolean isNameCharacter(int c) {
		return isNameStart(c) || c >= '0' && c <= '9' || c == '-';
	}

	/** Whether an element lies inside another (or is it). */
	static boolean within(EObject element, EObject container) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e == container) {
				return true;
			}
		}
		return false;
	}
}
