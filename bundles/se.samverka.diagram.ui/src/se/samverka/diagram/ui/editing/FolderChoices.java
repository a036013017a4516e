/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.server.WorkbenchLanguageServer;
import se.samverka.model.Agreement;
import se.samverka.model.Body;
import se.samverka.model.Membership;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.Model;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.Role;
import se.samverka.model.labels.ElementLabels;

/**
 * What the dialogs and the Properties view offer, read from the language server's current model
 * of the diagram's folder (unsaved text included): the roles and people a member can be, the
 * parties, and a body's attributes as the text writes them.
 */
final class FolderChoices {

	/** One thing to choose: the name an operation takes, and what the user reads; isRole: a role, not a person or party. */
	record Choice(String name, String label, boolean isRole) {
		Choice(String name, String label) {
			this(name, label, false);
		}
	}

	/** A body's editable attributes, each as the text writes it (empty when not written); chair: the fixed chair's role. */
	record BodyAttributes(String name, String title, String kind, String meets, String mandate, String chair) {
	}

	/** The roles and people of the folder ("Kommundirektör (Botkyrka kommun)", "Anna Svensson, Kommundirektör"). */
	static List<Choice> members(String uri) {
		return read(uri, (resource, names) -> {
			List<Choice> choices = new ArrayList<>();
			for (Resource model : folder(resource)) {
				for (Role role : EcoreUtil2.eAllOfType(model.getContents().get(0), Role.class)) {
					String owner = role.eContainer() instanceof Organisation organisation ? ElementLabels.of(organisation) : "";
					choices.add(new Choice(name(role, names), ElementLabels.of(role) + (owner.isEmpty() ? "" : " (" + owner + ")"), true));
				}
				for (Person person : EcoreUtil2.eAllOfType(model.getContents().get(0), Person.class)) {
					if (person.getRole() != null) {
						choices.add(new Choice(name(person, names), ElementLabels.of(person) + ", " + ElementLabels.of(person.getRole())));
					}
				}
			}
			choices.sort(Comparator.comparing(Choice::label));
			return choices;
		});
	}

	/** The roles only, for a chair or a leader. */
	static List<Choice> roles(String uri) {
		return members(uri).stream().filter(Choice::isRole).toList();
	}

	/** The organisations of the folder, the agreement's parties first. */
	static List<Choice> parties(String uri) {
		return read(uri, (resource, names) -> {
			List<Choice> choices = new ArrayList<>();
			List<String> seen = new ArrayList<>();
			for (Resource model : folder(resource)) {
				for (Agreement agreement : EcoreUtil2.eAllOfType(model.getContents().get(0), Agreement.class)) {
					for (Organisation party : agreement.getParties()) {
						add(choices, seen, party, names);
					}
				}
			}
			for (Resource model : folder(resource)) {
				for (Organisation organisation : EcoreUtil2.eAllOfType(model.getContents().get(0), Organisation.class)) {
					add(choices, seen, organisation, names);
				}
			}
			return choices;
		});
	}

	private static void add(List<Choice> choices, List<String> seen, Organisation organisation, IQualifiedNameProvider names) {
		String name = name(organisation, names);
		if (name != null && !organisation.eIsProxy() && !seen.contains(name)) {
			seen.add(name);
			choices.add(new Choice(name, ElementLabels.of(organisation)));
		}
	}

	/** A body's attributes, by its name or diagram id; null if there is no such body. */
	static BodyAttributes body(String uri, String id) {
		String wanted = id.substring(id.indexOf(':') + 1);
		return read(uri, (resource, names) -> {
			Body body = findBody(resource, wanted);
			if (body == null) {
				return null;
			}
			return new BodyAttributes(name(body, names), orEmpty(body.getTitle()),
					text(body, SamverkaPackage.Literals.BODY__KIND), text(body.getMeets()), orEmpty(body.getMandate()),
					body.getChair() == null || body.getChair().getRole() == null ? "" : name(body.getChair().getRole(), names));
		});
	}

	/**
	 * The membership a row of a body's box shows, as an index from 0 in text order: a membership
	 * of several coordinators has a row for each. The row's id is "member:Body:n", n from 1.
	 */
	static MemberRow memberRow(String uri, String rowId) {
		int last = rowId.lastIndexOf(':');
		String bodyName = rowId.substring(rowId.indexOf(':') + 1, last);
		int row = Integer.parseInt(rowId.substring(last + 1));
		return read(uri, (resource, names) -> {
			Body body = findBody(resource, bodyName);
			if (body == null) {
				return null;
			}
			int rows = 0;
			for (int index = 0; index < body.getMembers().size(); index++) {
				Membership member = body.getMembers().get(index);
				rows += Math.max(1, member.getCoordinators().size());
				if (row <= rows) {
					// a row naming a role (not a coordinator, not representatives) shows the role's title
					Role role = member.getCoordinators().isEmpty() ? member.getRole() : null;
					return new MemberRow(name(body, names), index, role == null ? null : name(role, names));
				}
			}
			return null;
		});
	}

	/** A membership: its body's name, its index from 0, and the role the row names (null: none, its title is not a role's). */
	record MemberRow(String body, int index, String role) {
	}

	private static Body findBody(XtextResource resource, String name) {
		for (Resource model : folder(resource)) {
			for (Body body : EcoreUtil2.eAllOfType(model.getContents().get(0), Body.class)) {
				if (name.equals(body.getName())) {
					return body;
				}
			}
		}
		return null;
	}

	private interface Reader<T> {
		T read(XtextResource resource, IQualifiedNameProvider names);
	}

	private static <T> T read(String uri, Reader<T> reader) {
		return WorkbenchLanguageServer.await(EditorPlugin.get().server().services().read(uri, (document, resource) -> {
			if (resource == null) {
				return null;
			}
			return reader.read(resource, resource.getResourceServiceProvider().get(IQualifiedNameProvider.class));
		}));
	}

	/** The models of the resource's folder, parsed, the resource itself first. */
	private static List<Resource> folder(XtextResource resource) {
		List<Resource> models = new ArrayList<>();
		models.add(resource);
		URI folder = resource.getURI().trimSegments(1);
		if (resource.getResourceSet() != null) {
			for (Resource other : List.copyOf(resource.getResourceSet().getResources())) {
				if (other != resource && other.getURI().trimSegments(1).equals(folder)
						&& "samverkan".equals(other.getURI().fileExtension()) && !other.getContents().isEmpty()
						&& other.getContents().get(0) instanceof Model) {
					models.add(other);
				}
			}
		}
		return models.stream().filter(model -> !model.getContents().isEmpty()).toList();
	}

	private static String name(EObject element, IQualifiedNameProvider names) {
		QualifiedName name = names == null ? null : names.getFullyQualifiedName(element);
		return name == null ? null : name.toString();
	}

	private static String text(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private static String text(EObject element) {
		INode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
