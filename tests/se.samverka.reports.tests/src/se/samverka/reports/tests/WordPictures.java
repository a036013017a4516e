/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The pictures a Word document shows, read back as Word reads them: each picture in the text, its
 * alternative text (wp:docPr descr) and the SVG drawing that Office 2016's extension of the PNG names.
 */
final class WordPictures {
	private static final String SVG_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private WordPictures() {
	}

	/** The pictures in the document's text, in order. */
	static List<XWPFPicture> of(XWPFDocument document) {
		List<XWPFPicture> pictures = new ArrayList<>();
		for (XWPFParagraph paragraph : document.getParagraphs()) {
			for (XWPFRun run : paragraph.getRuns()) {
				pictures.addAll(run.getEmbeddedPictures());
			}
		}
		return pictures;
	}

	/** The picture's alternative text, as Word shows it and a screen reader reads it; null if it has none. */
	static String description(XWPFPicture picture) {
		// pic:pic inside a:graphicData, a:graphic and wp:inline, whose wp:docPr holds the text
		Node inline = picture.getCTPicture().getDomNode();
		while (inline != null && !"inline".equals(inline.getLocalName())) {
			inline = inline.getParentNode();
		}
		if (inline == null) {
			return null;
		}
		NodeList docPr = ((Element) inline).getElementsByTagNameNS(
				"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "docPr");
		Element properties = (Element) docPr.item(0);
		return properties != null && properties.hasAttribute("descr") ? properties.getAttribute("descr") : null;
	}

	/** The SVG drawing the picture's blip names in Office 2016's extension, or null. */
	static XWPFPictureData svg(XWPFDocument document, XWPFPicture picture) {
		Element blip = (Element) picture.getCTPicture().getBlipFill().getBlip().getDomNode();
		NodeList svg = blip.getElementsByTagNameNS(SVG_NAMESPACE, "svgBlip");
		return svg.getLength() == 0 ? null
				: document.getPictureDataByID(((Element) svg.item(0)).getAttributeNS(RELATIONSHIPS, "embed"));
	}
}
