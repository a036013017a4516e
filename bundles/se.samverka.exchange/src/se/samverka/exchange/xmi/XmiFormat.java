/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.xmi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.ModelSet;
import se.samverka.exchange.Texts;
import se.samverka.model.Model;
import se.samverka.model.SamverkaPackage;

/**
 * EMF's own format: the models of a {@link ModelSet} as the roots of one XMI document, the
 * requested file's model first, references between them as XMI references within the document.
 * Reading refuses a DOCTYPE, so no external entity and no entity expansion can reach the parser.
 */
public final class XmiFormat {
	private XmiFormat() {
	}

	public static byte[] write(ModelSet models) throws IOException {
		XMIResourceImpl xmi = new XMIResourceImpl(URI.createURI("samverka.xmi"));
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		for (ModelSet.Entry entry : models.entries()) {
			xmi.getContents().add(copier.copy(entry.model()));
		}
		copier.copyReferences();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		xmi.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		return out.toByteArray();
	}

	/** The models of an XMI document written by {@link #write}, in their order. */
	public static List<Model> read(InputStream in) throws ExchangeException {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(SamverkaPackage.eNS_URI, SamverkaPackage.eINSTANCE);
		XMIResourceImpl xmi = new XMIResourceImpl(URI.createURI("imported.xmi"));
		set.getResources().add(xmi);
		try {
			xmi.load(in, loadOptions());
		} catch (IOException failed) {
			throw failure(failed);
		} catch (RuntimeException malformed) {
			// EMF's XMI handler lets some malformed references out unwrapped (found by fuzzing)
			throw new ExchangeException(Texts.get("xmi.malformed", String.valueOf(malformed.getMessage())), 0, 0);
		}
		if (!xmi.getErrors().isEmpty()) {
			Resource.Diagnostic first = xmi.getErrors().get(0);
			throw new ExchangeException(first.getMessage(), first.getLine(), first.getColumn());
		}
		List<Model> models = new ArrayList<>();
		for (EObject root : xmi.getContents()) {
			if (!(root instanceof Model model)) {
				throw new ExchangeException(Texts.get("notAModel", root.eClass().getName()), 0, 0);
			}
			models.add(model);
		}
		if (models.isEmpty()) {
			throw new ExchangeException(Texts.get("empty"), 0, 0);
		}
		return models;
	}

	/** The XML parser's features that shut out DOCTYPEs and with them external entities and billion laughs. */
	static Map<Object, Object> loadOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", true);
		features.put("http://xml.org/sax/features/external-general-entities", false);
		features.put("http://xml.org/sax/features/external-parameter-entities", false);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		return options;
	}

	private static ExchangeException failure(IOException failed) {
		for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
			if (cause instanceof XMIException xmi) {
				return new ExchangeException(String.valueOf(xmi.getMessage()), xmi.getLine(), xmi.getColumn());
			}
			if (cause instanceof org.xml.sax.SAXParseException sax) {
				return new ExchangeException(String.valueOf(sax.getMessage()), sax.getLineNumber(), sax.getColumnNumber());
			}
		}
		return new ExchangeException(String.valueOf(failed.getMessage()), 0, 0);
	}
}
