/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.html;

/** The site's one style sheet: readable on a phone and in print, no scripts, no web fonts. */
final class SiteStyle {
	static final String FILE = "stil.css";

	static final String CSS = """
			body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1d1d1d; line-height: 1.5; }
			header { background: #12395c; color: #fff; padding: 1rem 1.5rem; }
			header a { color: #fff; }
			header p { margin: 0.2rem 0 0 0; }
			nav ul { list-style: none; margin: 0.6rem 0 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; }
			main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem 3rem 1.5rem; }
			h1 { font-size: 1.8rem; line-height: 1.2; }
			h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
			table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 0.92rem; }
			th, td { border: 1px solid #c4ccd4; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
			th { background: #eef3f8; }
			td.number { text-align: right; font-variant-numeric: tabular-nums; }
			figure { margin: 1rem 0; overflow-x: auto; }
			figure img { max-width: 100%; height: auto; border: 1px solid #d0d7de; }
			.diagram-scroll { overflow: auto; border: 1px solid #d0d7de; }
			.diagram-scroll:focus { outline: 3px solid #12395c; outline-offset: 2px; }
			.diagram-scroll img { display: block; max-width: none; border: 0; }
			.breadcrumb { font-size: 0.9rem; }
			.facts { color: #3d3d3d; }
			.promise { margin-top: 2.2rem; }
			.promise-text { font-size: 1.12rem; font-weight: 600; }
			dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.8rem 0; }
			dt { font-weight: 600; }
			dd { margin: 0; }
			td p { margin: 0 0 0.35rem 0; }
			th[scope="row"] { background: #f6f8fa; font-weight: 600; }
			th[scope="row"] a, td.status, td.number { white-space: nowrap; }
			.source { font-size: 0.85rem; color: #3d3d3d; }
			.light { display: inline-block; width: 0.75em; height: 0.75em; border-radius: 50%; margin-right: 0.4em; border: 1px solid #1d1d1d; }
			.light-green { background: #1a7f37; }
			.light-yellow { background: #f2c200; }
			.light-red { background: #c62828; }
			.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
			footer { font-size: 0.85rem; color: #555; border-top: 1px solid #d0d7de; padding: 1rem 1.5rem; }
			""";

	private SiteStyle() {
	}
}
