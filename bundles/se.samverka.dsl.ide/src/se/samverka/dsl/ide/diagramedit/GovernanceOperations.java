/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.Agreement;
import se.samverka.model.Body;
import se.samverka.model.BodyKind;
import se.samverka.model.Chair;
import se.samverka.model.Frequency;
import se.samverka.model.Membership;
import se.samverka.model.NamedElement;
import se.samverka.model.Organisation;
import se.samverka.model.Role;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.Titled;

/**
 * The operations of the governance diagram on the model: make bodies and members, move and copy
 * members, move a body into another, draw the lines (reports to, gives assignments to, leads),
 * set the chair, rename, delete and set a body's simple attributes. Each is a value naming the
 * elements by the names the diagram knows them by; applied, it changes the model in memory.
 */
public final class GovernanceOperations {
	private static final SamverkaFactory FACTORY = SamverkaFactory.eINSTANCE;

	/** The kinds of bodies by the grammar's words, as the palette offers them. */
	static final Map<String, BodyKind> BODY_KINDS = Map.of("styrgrupp", BodyKind.STEERING_GROUP, "arbetsgrupp",
			BodyKind.WORKING_GROUP, "beredningsgrupp", BodyKind.PREPARATORY_GROUP, "brå",
			BodyKind.CRIME_PREVENTION_COUNCIL, "samverkansgrupp", BodyKind.COOPERATION_GROUP, "områdesgrupp",
			BodyKind.AREA_GROUP, "nätverksgrupp", BodyKind.NETWORK_GROUP, "organ", BodyKind.OTHER);

	private GovernanceOperations() {
	}

	/** A body kind by the grammar's word ("arbetsgrupp") or the model's name ("WORKING_GROUP"). */
	public static BodyKind bodyKind(String word) throws DiagramEditException {
		if (word != null) {
			BodyKind kind = BODY_KINDS.get(word.toLowerCase(Locale.ROOT));
			if (kind != null) {
				return kind;
			}
			for (BodyKind each : BodyKind.values()) {
				if (each.name().equalsIgnoreCase(word)) {
					return each;
				}
			}
		}
		throw new DiagramEditException("noSuchKind", word,
				BODY_KINDS.keySet().stream().sorted().collect(Collectors.joining(", ")));
	}

	private static String wordOf(BodyKind kind) {
		return BODY_KINDS.entrySet().stream().filter(entry -> entry.getValue() == kind).map(Map.Entry::getKey)
				.findFirst().orElse("organ");
	}

	private static String checkedTitle(String title) throws DiagramEditException {
		if (title == null || title.isBlank()) {
			throw new DiagramEditException("badTitle");
		}
		return title.strip();
	}

	/**
	 * A new body of a kind with a title, at the end of the agreement's bodies or inside a parent
	 * body. A network group made inside an area group works on its assignment, as the national
	 * model has it.
	 *
	 * @param agreement the agreement's name, or null for the diagram's agreement
	 * @param parent    the parent body's name, or null for a body of its own
	 */
	public record CreateBody(String agreement, String parent, BodyKind kind, String title) implements DiagramOperation {
		@Override
		public String perform(FolderModel model) throws DiagramEditException {
			Body body = FACTORY.createBody();
			body.setKind(kind);
			body.setTitle(checkedTitle(title));
			String word = wordOf(kind);
			body.setName(model.newName(title, Character.toUpperCase(word.charAt(0)) + word.substring(1)));
			if (parent != null) {
				Body container = model.body(parent);
				if (kind == BodyKind.NETWORK_GROUP && container.getKind() == BodyKind.AREA_GROUP) {
					body.setAssignedBy(container);
				}
				container.getSubBodies().add(body);
			} else {
				model.agreement(agreement).getBodies().add(body);
			}
			return body.getName();
		}
	}

	/** An operation on one body, which it names ({@code body}): the body is found before it is changed. */
	interface OnBody extends DiagramOperation {
		String body();

		@Override
		default String perform(FolderModel model) throws DiagramEditException {
			return change(model, model.body(body()));
		}

		/** Changes the body (and what else the operation concerns); the name of the element made or changed. */
		String change(FolderModel model, Body body) throws DiagramEditException;
	}

	/** A new member of a body: an existing role, or the role of an existing person. */
	public record CreateMember(String body, String role) implements OnBody {
		@Override
		public String change(FolderModel model, Body container) throws DiagramEditException {
			Membership member = FACTORY.createMembership();
			member.setRole(model.role(role));
			container.getMembers().add(member);
			return container.getName();
		}
	}

	/** A new role with a title under a party (in the party's file), and a member of a body who holds it. */
	public record CreateMemberWithNewRole(String body, String party, String roleTitle) implements OnBody {
		@Override
		public String label() {
			return EditTexts.get("edit.createMember");
		}

		@Override
		public String change(FolderModel model, Body container) throws DiagramEditException {
			Organisation organisation = model.organisation(party);
			Role role = FACTORY.createRole();
			role.setTitle(checkedTitle(roleTitle));
			role.setName(model.newName(roleTitle, "Funktion"));
			organisation.getRoles().add(role);
			Membership member = FACTORY.createMembership();
			member.setRole(role);
			container.getMembers().add(member);
			return role.getName();
		}
	}

	/**
	 * A member dragged from one body to another (or copied, with the modifier key), put at a
	 * position of the target's members (from 0; -1 or beyond the end: last).
	 */
	public record MoveMember(String body, int index, String target, int targetIndex, boolean copy)
			implements OnBody {
		@Override
		public String label() {
			return EditTexts.get(copy ? "edit.copyMember" : "edit.moveMember");
		}

		@Override
		public String change(FolderModel model, Body from) throws DiagramEditException {
			Membership member = model.member(from, index);
			Body to = model.body(target);
			Membership moved = copy ? EcoreUtil.copy(member) : member;
			if (!copy) {
				from.getMembers().remove(member);
			}
			insert(to.getMembers(), moved, targetIndex);
			return to.getName();
		}
	}

	/** A member put at another position among its body's members. */
	public record ReorderMember(String body, int from, int to) implements OnBody {
		@Override
		public String change(FolderModel model, Body container) throws DiagramEditException {
			model.member(container, from);
			model.member(container, to);
			container.getMembers().move(to, from);
			return container.getName();
		}
	}

	/**
	 * A body moved into another (an area group's network group to another area group), or to the
	 * agreement's top level when the target is null. A network group that worked on its old
	 * area group's assignment works on the new one's.
	 */
	public record MoveBody(String body, String target) implements OnBody {
		@Override
		public String change(FolderModel model, Body moved) throws DiagramEditException {
			Body oldParent = moved.eContainer() instanceof Body parent ? parent : null;
			if (target == null) {
				Agreement agreement = org.eclipse.xtext.EcoreUtil2.getContainerOfType(moved, Agreement.class);
				agreement.getBodies().add(moved);
			} else {
				Body newParent = model.body(target);
				if (FolderModel.within(newParent, moved)) {
					// named by its title, as the user sees it in the diagram
					throw new DiagramEditException("intoItself", moved.getTitle() != null ? moved.getTitle() : moved.getName());
				}
				newParent.getSubBodies().add(moved);
				if (oldParent != null && moved.getAssignedBy() == oldParent) {
					moved.setAssignedBy(newParent);
				}
			}
			return moved.getName();
		}
	}

	/** The lines of the governance diagram that the modeller draws. */
	public enum Line {
		/** the source body reports to the target body */
		REPORTS_TO("rapporterar"),
		/** the source body gives the target body its assignment */
		ASSIGNS("uppdrag"),
		/** the source role leads the target body */
		LEADS("leder");

		private final String word;

		Line(String word) {
			this.word = word;
		}

		public static Line of(String word) throws DiagramEditException {
			for (Line line : values()) {
				if (line.word.equalsIgnoreCase(String.valueOf(word)) || line.name().equalsIgnoreCase(String.valueOf(word))) {
					return line;
				}
			}
			throw new DiagramEditException("noSuchLine", word);
		}
	}

	/**
	 * A line drawn from a source to a target, or an existing one reconnected: a body reports to
	 * one body, gets its assignment from one and is led by one role, so the new line replaces the
	 * old one of its kind.
	 */
	public record Connect(Line line, String source, String target) implements DiagramOperation {
		@Override
		public String perform(FolderModel model) throws DiagramEditException {
			switch (line) {
			case REPORTS_TO -> model.body(source).setReportsTo(model.body(target));
			case ASSIGNS -> model.body(target).setAssignedBy(model.body(source));
			case LEADS -> model.body(target).setLeader(model.role(source));
			}
			return line == Line.REPORTS_TO ? source : target;
		}
	}

	/** The line of a kind that ends at a body (that the body reports by, gets its assignment by, or is led by) taken away. */
	public record Disconnect(Line line, String body) implements OnBody {
		@Override
		public String change(FolderModel model, Body changed) throws DiagramEditException {
			EReference reference = switch (line) {
			case REPORTS_TO -> SamverkaPackage.Literals.BODY__REPORTS_TO;
			case ASSIGNS -> SamverkaPackage.Literals.BODY__ASSIGNED_BY;
			case LEADS -> SamverkaPackage.Literals.BODY__LEADER;
			};
			if (changed.eIsSet(reference)) {
				model.text().removeClause(changed, reference);
			}
			return changed.getName();
		}
	}

	/**
	 * The chair of a body: a fixed role, or rotating between parties (each represented by a
	 * role, in the parties' order) for a term of years; neither takes the chair away.
	 */
	public record SetChair(String body, String role, List<String> rotatesBetween, List<String> rotationRoles,
			int termYears) implements OnBody {

		public static SetChair fixed(String body, String role) {
			return new SetChair(body, role, List.of(), List.of(), 0);
		}

		public static SetChair rotating(String body, List<String> parties, List<String> roles, int termYears) {
			return new SetChair(body, null, parties, roles, termYears);
		}

		@Override
		public String change(FolderModel model, Body changed) throws DiagramEditException {
			if (role == null && rotatesBetween.isEmpty()) {
				if (changed.getChair() != null) {
					model.text().removeClause(changed, SamverkaPackage.Literals.BODY__CHAIR);
				}
				return changed.getName();
			}
			Chair chair = FACTORY.createChair();
			if (role != null) {
				chair.setRole(model.role(role));
			} else {
				for (String party : rotatesBetween) {
					chair.getRotatesBetween().add(model.organisation(party));
				}
				for (String rotating : rotationRoles) {
					chair.getRotationRoles().add(model.role(rotating));
				}
				chair.setTermYears(termYears);
			}
			Chair old = changed.getChair();
			if (old != null && sameChair(old, chair)) {
				return changed.getName();
			}
			changed.setChair(chair);
			return changed.getName();
		}

		private static boolean sameChair(Chair old, Chair chair) {
			return old.getRole() == chair.getRole() && old.getRotatesBetween().equals(chair.getRotatesBetween())
					&& old.getRotationRoles().equals(chair.getRotationRoles()) && old.getTermYears() == chair.getTermYears()
					&& old.getAppointedBy() == null;
		}
	}

	/** A new title for a box (a body, a role, an organisation): what the diagram writes on it. */
	public record Rename(String element, String title) implements DiagramOperation {
		@Override
		public String perform(FolderModel model) throws DiagramEditException {
			Titled titled = model.find(Titled.class, element, "what.element");
			titled.setTitle(checkedTitle(title));
			return titled.getName();
		}
	}

	/**
	 * A body or a role deleted, with the lines to it (see {@link Deletion}); or, with a member
	 * index, one member of a body.
	 */
	public record Delete(String element, int memberIndex) implements DiagramOperation {

		public static Delete element(String element) {
			return new Delete(element, -1);
		}

		public static Delete member(String body, int index) {
			return new Delete(body, index);
		}

		@Override
		public String perform(FolderModel model) throws DiagramEditException {
			if (memberIndex >= 0) {
				Body body = model.body(element);
				body.getMembers().remove(model.member(body, memberIndex));
				return body.getName();
			}
			Deletion.delete(deletable(model, element), model.text());
			return null;
		}
	}

	/** The elements a diagram may delete: bodies and roles. */
	static NamedElement deletable(FolderModel model, String element) throws DiagramEditException {
		NamedElement found = model.find(NamedElement.class, element, "what.element");
		if (!(found instanceof Body) && !(found instanceof Role)) {
			throw new DiagramEditException("notDeletable", element);
		}
		return found;
	}

	/**
	 * A body's simple attributes as the Properties view edits them; a null value leaves the
	 * attribute as it is, an empty mandate takes it away.
	 *
	 * @param meets  the meeting frequency, parsed (see {@link MeetingFrequencies}); null: unchanged
	 * @param noMeetings whether to take the meeting frequency away
	 */
	public record SetAttributes(String body, String title, BodyKind kind, Frequency meets, boolean noMeetings,
			String mandate) implements OnBody {
		@Override
		public String change(FolderModel model, Body changed) throws DiagramEditException {
			if (title != null && !checkedTitle(title).equals(changed.getTitle())) {
				changed.setTitle(checkedTitle(title));
			}
			if (kind != null && kind != changed.getKind()) {
				model.text().replaceWord(changed, SamverkaPackage.Literals.BODY__KIND, wordOf(kind));
			}
			if (noMeetings) {
				if (changed.getMeets() != null) {
					model.text().removeClause(changed, SamverkaPackage.Literals.BODY__MEETS);
				}
			} else if (meets != null && !sameFrequency(meets, changed.getMeets())) {
				changed.setMeets(meets);
			}
			if (mandate != null) {
				String wanted = mandate.isBlank() ? null : mandate.strip();
				if (wanted == null && changed.getMandate() != null) {
					model.text().removeClause(changed, SamverkaPackage.Literals.BODY__MANDATE);
				} else if (wanted != null && !wanted.equals(changed.getMandate())) {
					changed.setMandate(wanted);
				}
			}
			return changed.getName();
		}

		private static boolean sameFrequency(Frequency wanted, Frequency old) {
			return old != null && EcoreUtil.equals(wanted, old);
		}
	}

	private static <T> void insert(EList<T> list, T element, int index) {
		if (index < 0 || index >= list.size()) {
			list.add(element);
		} else {
			list.add(index, element);
		}
	}

	/** The words of the kinds of bodies, in the palette's order. */
	public static List<String> bodyKindWords() {
		List<String> words = new ArrayList<>();
		Arrays.stream(BodyKind.values()).forEach(kind -> words.add(wordOf(kind)));
		return words;
	}
}
