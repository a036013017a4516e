/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.html;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import se.samverka.model.xml.XmlText;

/**
 * Writes a page as XHTML that browsers read as HTML too. Every text and attribute goes through the
 * XML writer, which escapes {@code < > & "}, so no string from a model can become markup; characters
 * XML cannot hold (control characters) become U+FFFD. Text line breaks become {@code <br/>}.
 */
public final class XhtmlWriter {
	private final StringWriter out = new StringWriter();
	private final XMLStreamWriter xml;

	public XhtmlWriter() {
		try {
			xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeDTD("<!DOCTYPE html>");
			xml.writeCharacters("\n");
		} catch (XMLStreamException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** Opens an element with attributes given as name, value pairs (null values are left out). */
	public XhtmlWriter start(String tag, String... attributes) {
		try {
			xml.writeStartElement(tag);
			attributes(attributes);
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	public XhtmlWriter empty(String tag, String... attributes) {
		try {
			xml.writeEmptyElement(tag);
			attributes(attributes);
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	public XhtmlWriter end() {
		try {
			xml.writeEndElement();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}

	/** Text, with its line breaks kept. */
	public XhtmlWriter text(String text) {
		String[] lines = String.valueOf(text).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				empty("br");
			}
			try {
				xml.writeCharacters(XmlText.safe(lines[i]));
			} catch (XMLStreamException e) {
				throw new IllegalStateException(e);
			}
		}
		return this;
	}

	/** An element holding only text. */
	public XhtmlWriter element(String tag, String text, String... attributes) {
		return start(tag, attributes).text(text).end();
	}

	public String toString() {
		try {
			xml.writeEndDocument();
			xml.flush();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return out.toString();
	}

	private void attributes(String... attributes) throws XMLStreamException {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				xml.writeAttribute(attributes[i], XmlText.safe(attributes[i + 1]));
			}
		}
	}
}
