/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import se.samverka.editor.EditorPlugin;
import se.samverka.editor.Messages;
import se.samverka.editor.outline.OutlineNode;
import se.samverka.editor.server.WorkbenchLanguageServer;
import se.samverka.model.labels.KindNames;

/**
 * The Properties view of an element chosen in the outline: its kind, and every attribute and
 * reference the model holds for it (read from the language server's parsed model, read-only:
 * the text is where the model is edited).
 */
public class ElementPropertySource implements IPropertySource {
	private final Map<String, String> values = new LinkedHashMap<>();

	public ElementPropertySource(OutlineNode node) {
		Map<String, String> read = WorkbenchLanguageServer.await(EditorPlugin.get().server().services().read(node.uri(), (document, resource) -> {
			Map<String, String> properties = new LinkedHashMap<>();
			int offset = document.getOffSet(node.symbol().getSelectionRange().getStart());
			EObject element = new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
			if (element == null) {
				return properties;
			}
			properties.put(Messages.Properties_kind, KindNames.of(element.eClass()));
			IQualifiedNameProvider names = resource.getResourceServiceProvider().get(IQualifiedNameProvider.class);
			for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
				if (feature instanceof EReference reference && reference.isContainment() || !element.eIsSet(feature)) {
					continue;
				}
				properties.put(feature.getName(), text(element.eGet(feature), feature, names));
			}
			return properties;
		}));
		if (read != null) {
			values.putAll(read);
		}
	}

	private static String text(Object value, EStructuralFeature feature, IQualifiedNameProvider names) {
		if (value instanceof List<?> list) {
			List<String> parts = new ArrayList<>();
			list.forEach(item -> parts.add(text(item, feature, names)));
			return String.join(", ", parts);
		}
		if (value instanceof EObject target && !(feature instanceof EAttribute)) {
			QualifiedName name = names == null ? null : names.getFullyQualifiedName(target);
			return name != null ? name.toString() : KindNames.of(target.eClass());
		}
		return String.valueOf(value);
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return values.keySet().stream().map(key -> new PropertyDescriptor(key, key)).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return values.get(id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
	}
}
