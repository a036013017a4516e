/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.json;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.ModelSet;
import se.samverka.exchange.Texts;
import se.samverka.model.Model;
import se.samverka.model.SamverkaPackage;

/**
 * Samverka's JSON format, version 1 (documented in docs/exchange.md): the models of a
 * {@link ModelSet} as nested objects, each with its metamodel type; a reference is
 * {@code {"$ref": "MODEL/PATH"}}, the index of the model and the element's EMF path within it.
 * Written and read reflectively from the metamodel, so every feature the model has is carried.
 */
public final class JsonFormat {
	public static final String FORMAT = "samverka";
	public static final int VERSION = 1;
	private static final String TYPE = "type";
	private static final String REF = "$ref";

	private JsonFormat() {
	}

	public static String write(ModelSet models) {
		JsonObject document = new JsonObject();
		document.addProperty("format", FORMAT);
		document.addProperty("version", VERSION);
		JsonArray entries = new JsonArray();
		List<Model> roots = models.entries().stream().map(ModelSet.Entry::model).toList();
		for (ModelSet.Entry entry : models.entries()) {
			JsonObject json = new JsonObject();
			json.addProperty("file", entry.fileName());
			json.add("model", object(entry.model(), roots));
			entries.add(json);
		}
		document.add("models", entries);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(document);
	}

	private static JsonObject object(EObject element, List<Model> roots) {
		JsonObject json = new JsonObject();
		json.addProperty(TYPE, element.eClass().getName());
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !element.eIsSet(feature)) {
				continue;
			}
			Object value = element.eGet(feature, false);
			if (feature.isMany()) {
				JsonArray values = new JsonArray();
				for (Object item : (List<?>) value) {
					values.add(value(feature, item, roots));
				}
				json.add(feature.getName(), values);
			} else {
				json.add(feature.getName(), value(feature, value, roots));
			}
		}
		return json;
	}

	private static JsonElement value(EStructuralFeature feature, Object value, List<Model> roots) {
		if (feature instanceof EAttribute attribute) {
			if (value instanceof Boolean bool) {
				return new JsonPrimitive(bool);
			}
			if (value instanceof Integer number) {
				return new JsonPrimitive(number);
			}
			return new JsonPrimitive(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
		}
		EReference reference = (EReference) feature;
		EObject target = (EObject) value;
		if (reference.isContainment()) {
			return object(target, roots);
		}
		JsonObject ref = new JsonObject();
		ref.addProperty(REF, path(target, roots));
		return ref;
	}

	/** "MODEL/PATH" for an element of one of the models, or the proxy's URI for a name that never resolved. */
	private static String path(EObject target, List<Model> roots) {
		if (target.eIsProxy()) {
			return EcoreUtil.getURI(target).toString();
		}
		EObject root = EcoreUtil.getRootContainer(target);
		int index = roots.indexOf(root);
		return index < 0 ? EcoreUtil.getURI(target).toString()
				: index + "/" + EcoreUtil.getRelativeURIFragmentPath(root, target);
	}

	/** The models of a document written by {@link #write}, in their order, with their file names. */
	public static List<ModelSet.Entry> read(Reader in) throws ExchangeException {
		try {
			return readChecked(in);
		} catch (RuntimeException malformed) {
			// a value of the wrong JSON kind where an object, array or text belongs (found by fuzzing)
			throw new ExchangeException(Texts.get("json.structure", String.valueOf(malformed.getMessage())), 0, 0);
		}
	}

	private static List<ModelSet.Entry> readChecked(Reader in) throws ExchangeException {
		JsonElement document;
		try {
			document = JsonParser.parseReader(in);
		} catch (JsonParseException notJson) {
			throw located(notJson);
		}
		if (!document.isJsonObject() || !FORMAT.equals(string(document.getAsJsonObject(), "format"))) {
			throw new ExchangeException(Texts.get("json.notSamverka"), 1, 1);
		}
		JsonObject root = document.getAsJsonObject();
		JsonElement version = root.get("version");
		if (version == null || !version.isJsonPrimitive() || version.getAsInt() != VERSION) {
			throw new ExchangeException(Texts.get("json.version", String.valueOf(version), VERSION), 0, 0);
		}
		JsonArray entries = root.has("models") && root.get("models").isJsonArray() ? root.getAsJsonArray("models")
				: new JsonArray();
		List<ModelSet.Entry> models = new ArrayList<>();
		List<Model> roots = new ArrayList<>();
		List<PendingReference> references = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			JsonObject entry = entries.get(i).getAsJsonObject();
			String where = "models[" + i + "].model";
			EObject model = create(entry.get("model"), where, references);
			if (!(model instanceof Model samverka)) {
				throw new ExchangeException(Texts.get("notAModel", model.eClass().getName()), 0, 0);
			}
			models.add(new ModelSet.Entry(string(entry, "file"), samverka));
			roots.add(samverka);
		}
		if (models.isEmpty()) {
			throw new ExchangeException(Texts.get("empty"), 0, 0);
		}
		for (PendingReference reference : references) {
			reference.resolve(roots);
		}
		return models;
	}

	private static EObject create(JsonElement json, String where, List<PendingReference> references)
			throws ExchangeException {
		if (json == null || !json.isJsonObject()) {
			throw new ExchangeException(Texts.get("json.unknownType", where), 0, 0);
		}
		JsonObject object = json.getAsJsonObject();
		String typeName = string(object, TYPE);
		EClassifier type = typeName == null ? null : SamverkaPackage.eINSTANCE.getEClassifier(typeName);
		if (!(type instanceof EClass eClass) || eClass.isAbstract()) {
			throw new ExchangeException(Texts.get("json.unknownType", typeName + " (" + where + ")"), 0, 0);
		}
		EObject element = EcoreUtil.create(eClass);
		for (var field : object.entrySet()) {
			if (field.getKey().equals(TYPE)) {
				continue;
			}
			EStructuralFeature feature = eClass.getEStructuralFeature(field.getKey());
			if (feature == null || feature.isDerived() || feature.isTransient()) {
				throw new ExchangeException(Texts.get("json.unknownFeature", typeName + " (" + where + ")", field.getKey()), 0, 0);
			}
			String at = where + "." + field.getKey();
			if (feature.isMany()) {
				JsonArray values = field.getValue().getAsJsonArray();
				for (int i = 0; i < values.size(); i++) {
					set(element, feature, values.get(i), at + "[" + i + "]", references);
				}
			} else {
				set(element, feature, field.getValue(), at, references);
			}
		}
		return element;
	}

	@SuppressWarnings("unchecked")
	private static void set(EObject element, EStructuralFeature feature, JsonElement json, String where,
			List<PendingReference> references) throws ExchangeException {
		Object value;
		if (feature instanceof EAttribute attribute) {
			value = attribute(attribute.getEAttributeType(), json, where, feature.getName());
		} else if (((EReference) feature).isContainment()) {
			value = create(json, where, references);
		} else {
			if (!json.isJsonObject() || string(json.getAsJsonObject(), REF) == null) {
				throw new ExchangeException(Texts.get("json.badReference", where), 0, 0);
			}
			references.add(new PendingReference(element, (EReference) feature, string(json.getAsJsonObject(), REF)));
			return;
		}
		if (feature.isMany()) {
			((List<Object>) element.eGet(feature)).add(value);
		} else {
			element.eSet(feature, value);
		}
	}

	private static Object attribute(EDataType type, JsonElement json, String where, String name) throws ExchangeException {
		try {
			JsonPrimitive primitive = json.getAsJsonPrimitive();
			if (primitive.isBoolean()) {
				return primitive.getAsBoolean();
			}
			if (primitive.isNumber() && (type.getInstanceClass() == int.class || type.getInstanceClass() == Integer.class)) {
				return primitive.getAsInt();
			}
			return EcoreUtil.createFromString(type, primitive.getAsString());
		} catch (RuntimeException bad) {
			throw new ExchangeException(Texts.get("json.badValue", json, name + " (" + where + ")", bad.getMessage()), 0, 0);
		}
	}

	/** A reference is set once every model is built, since it may point forward or into another model. */
	private record PendingReference(EObject element, EReference reference, String path) {
		@SuppressWarnings("unchecked")
		void resolve(List<Model> roots) throws ExchangeException {
			EObject target = null;
			int slash = path.indexOf('/');
			if (slash > 0 && path.substring(0, slash).chars().allMatch(Character::isDigit)) {
				int index = Integer.parseInt(path.substring(0, slash));
				if (index < roots.size()) {
					target = EcoreUtil.getEObject(roots.get(index), path.substring(slash + 1));
				}
			}
			if (target == null || !reference.getEReferenceType().isInstance(target)) {
				throw new ExchangeException(Texts.get("json.badReference", path), 0, 0);
			}
			if (reference.isMany()) {
				((List<EObject>) element.eGet(reference)).add(target);
			} else {
				element.eSet(reference, target);
			}
		}
	}

	private static String string(JsonObject object, String field) {
		JsonElement value = object.get(field);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
	}

	private static final Pattern PLACE = Pattern.compile("line (\\d+) column (\\d+)");

	private static ExchangeException located(JsonParseException notJson) {
		String message = notJson.getCause() != null ? notJson.getCause().getMessage() : notJson.getMessage();
		Matcher place = PLACE.matcher(String.valueOf(message));
		return place.find()
				? new ExchangeException(Texts.get("json.notJson", message), Integer.parseInt(place.group(1)),
						Integer.parseInt(place.group(2)))
				: new ExchangeException(Texts.get("json.notJson", message), 0, 0);
	}

	/** For callers with a stream. */
	public static List<ModelSet.Entry> read(java.io.InputStream in) throws ExchangeException, IOException {
		return read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
	}
}
