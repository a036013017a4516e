/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.editing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import com.google.gson.JsonObject;

import se.samverka.diagram.ui.editing.FolderChoices.BodyAttributes;
import se.samverka.diagram.ui.editing.FolderChoices.Choice;
import se.samverka.dsl.ide.diagramedit.DiagramCommands;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations;

/**
 * A body selected in the diagram, in the Properties view: its title, kind, meeting frequency,
 * mandate and chair, each editable. A change runs the same operation as the diagram's gestures
 * (setAttributes, setChair), so it lands in the editor as an undoable text edit.
 */
final class BodyPropertySource implements IPropertySource {
	static final String TITLE = "title";
	static final String KIND = "kind";
	static final String MEETS = "meets";
	static final String MANDATE = "mandate";
	static final String CHAIR = "chair";

	private final GovernanceEditing editing;
	private final String uri;
	private final String box;
	private final List<String> kinds = GovernanceOperations.bodyKindWords();
	private List<Choice> roles;
	private BodyAttributes attributes;

	BodyPropertySource(GovernanceEditing editing, String uri, String box) {
		this.editing = editing;
		this.uri = uri;
		this.box = box;
	}

	private BodyAttributes attributes() {
		if (attributes == null) {
			attributes = FolderChoices.body(uri, box);
		}
		return attributes;
	}

	private List<Choice> roles() {
		if (roles == null) {
			roles = FolderChoices.roles(uri);
		}
		return roles;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<String> chairs = new ArrayList<>();
		chairs.add(Messages.Properties_noChair);
		roles().forEach(role -> chairs.add(role.label()));
		PropertyDescriptor[] descriptors = {
				new TextPropertyDescriptor(TITLE, Messages.Properties_title),
				new ComboBoxPropertyDescriptor(KIND, Messages.Properties_kind, kinds.toArray(String[]::new)),
				new TextPropertyDescriptor(MEETS, Messages.Properties_meets),
				new TextPropertyDescriptor(MANDATE, Messages.Properties_mandate),
				new ComboBoxPropertyDescriptor(CHAIR, Messages.Properties_chair, chairs.toArray(String[]::new)) };
		for (PropertyDescriptor descriptor : descriptors) {
			descriptor.setCategory(Messages.Properties_category);
		}
		return descriptors;
	}

	@Override
	public Object getPropertyValue(Object id) {
		BodyAttributes now = attributes();
		if (now == null) {
			return null;
		}
		return switch ((String) id) {
		case TITLE -> now.title();
		case KIND -> kinds.indexOf(now.kind());
		case MEETS -> now.meets();
		case MANDATE -> now.mandate();
		case CHAIR -> chairIndex(now.chair());
		default -> null;
		};
	}

	private int chairIndex(String role) {
		for (int i = 0; i < roles().size(); i++) {
			if (roles().get(i).name().equals(role)) {
				return i + 1;
			}
		}
		return 0;
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		if (value == null || value.equals(getPropertyValue(id))) {
			return;
		}
		JsonObject arguments = GovernanceEditing.arguments(uri, "body", box);
		String command = DiagramCommands.SET_ATTRIBUTES;
		switch ((String) id) {
		case TITLE -> arguments.addProperty("title", (String) value);
		case KIND -> {
			int index = (Integer) value;
			if (index < 0) {
				return;
			}
			arguments.addProperty("kind", kinds.get(index));
		}
		case MEETS -> arguments.addProperty("meets", (String) value);
		case MANDATE -> arguments.addProperty("mandate", (String) value);
		case CHAIR -> {
			int index = (Integer) value;
			command = DiagramCommands.SET_CHAIR;
			if (index > 0) {
				arguments.addProperty("role", roles().get(index - 1).name());
			}
		}
		default -> {
			return;
		}
		}
		editing.run(command, arguments);
		attributes = null; // read again: the server has the edited text
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
	}
}
