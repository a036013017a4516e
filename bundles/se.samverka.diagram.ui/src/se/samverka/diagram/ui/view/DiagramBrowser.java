/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.view;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Composite;
import org.osgi.framework.FrameworkUtil;

/**
 * The Sprotty client (web/diagram.js, built from client/ by npm) in an SWT Browser, and the
 * bridge to it: Java calls window.samverka through {@link Browser#execute}; the page calls the
 * BrowserFunctions samverkaSelected and samverkaOpened when the reader clicks a box. Calls made
 * before the page has loaded wait for it.
 */
public final class DiagramBrowser {
	private final Browser browser;
	private final List<String> waiting = new ArrayList<>();
	private boolean loaded;

	/** Throws SWTError when no browser engine is installed (WebKitGTK). */
	public DiagramBrowser(Composite parent, Consumer<String> selected, Consumer<String> opened) throws IOException {
		browser = new Browser(parent, SWT.NONE);
		callback("samverkaSelected", selected);
		callback("samverkaOpened", opened);
		browser.addProgressListener(new ProgressAdapter() {
			@Override
			public void completed(ProgressEvent event) {
				loaded = true;
				waiting.forEach(browser::execute);
				waiting.clear();
			}
		});
		browser.setText(page());
	}

	/** A function the page can call with one string (editing's gestures, as JSON). */
	public void onCall(String name, Consumer<String> receiver) {
		callback(name, receiver);
	}

	/** Runs a script in the page, once it has loaded. */
	public void execute(String script) {
		call(script);
	}

	/** A function the page can call with one string, the id of a box. */
	private void callback(String name, Consumer<String> receiver) {
		new BrowserFunction(browser, name) {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length == 1 && arguments[0] instanceof String id) {
					receiver.accept(id);
				}
				return null;
			}
		};
	}

	public Browser control() {
		return browser;
	}

	/** Draws a Sprotty model; a new diagram (not a redraw of the one shown) is fitted into the view. */
	public void show(String sprottyModel, boolean newDiagram) {
		call("window.samverka.show(" + sprottyModel + "," + newDiagram + ")");
	}

	public void empty(String text) {
		call("window.samverka.empty(" + quoted(text) + ")");
	}

	public void highlight(String boxId) {
		call("window.samverka.highlight(" + quoted(boxId) + ")");
	}

	/** Selects a box without scrolling to it: a redraw keeps the highlight and the reader's place. */
	public void select(String boxId) {
		call("window.samverka.select(" + quoted(boxId) + ")");
	}

	/** Shows only what is connected to the selected box, or everything again. */
	public void connectedOnly(boolean on) {
		call("window.samverka.connectedOnly(" + on + ")");
	}

	/** The zoom and scroll shown now, as JSON {"zoom", "x", "y", …}; null before the page has loaded. */
	public String viewport() {
		if (!loaded) {
			return null;
		}
		Object viewport = browser.evaluate("return window.samverka && window.samverka.viewport ? window.samverka.viewport() : null;");
		return viewport instanceof String json ? json : null;
	}

	public void fit() {
		call("window.samverka.fit()");
	}

	public void zoom(double factor) {
		call(String.format(Locale.ROOT, "window.samverka.zoom(%.3f)", factor));
	}

	/** What the page has drawn, as JSON: {"boxes": [ids], "selected": [ids]}; null before it has loaded. */
	public String drawn() {
		if (!loaded) {
			return null;
		}
		Object drawn = browser.evaluate("return window.samverka ? window.samverka.drawn() : null;");
		return drawn instanceof String json ? json : null;
	}

	private void call(String script) {
		if (loaded) {
			browser.execute(script);
		} else {
			waiting.add(script);
		}
	}

	/** A JavaScript string literal; JSON's escaping is JavaScript's. */
	static String quoted(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> quoted.append("\\\"");
			case '\\' -> quoted.append("\\\\");
			case '\n' -> quoted.append("\\n");
			case '\r' -> quoted.append("\\r");
			case '<' -> quoted.append("\\u003c"); // never "</script>" in a page
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					quoted.append(String.format("\\u%04x", (int) c));
				} else {
					quoted.append(c);
				}
			}
			}
		}
		return quoted.append('"').toString();
	}

	/** The page with the client inlined, so no file URL into the installed bundle is needed. */
	private static String page() throws IOException {
		URL script = FileLocator.find(FrameworkUtil.getBundle(DiagramBrowser.class),
				new org.eclipse.core.runtime.Path("web/diagram.js"));
		if (script == null) {
			throw new IOException("web/diagram.js is missing from se.samverka.diagram.ui: build it with ./mvnw");
		}
		String client;
		try (InputStream in = script.openStream()) {
			client = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
				+ "<div id=\"sprotty\"></div><div id=\"sprotty-hidden\"></div><script>" + client.replace("</script", "<\\/script")
				+ "</script></body></html>";
	}

	public static boolean isMissingEngine(SWTError error) {
		return error.code == SWT.ERROR_NO_HANDLES || error.code == SWT.ERROR_NOT_IMPLEMENTED;
	}
}
