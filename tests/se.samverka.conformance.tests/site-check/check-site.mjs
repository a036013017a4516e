// Copyright (c) 2026 the Samverka contributors.
// SPDX-License-Identifier: EPL-2.0
//
// Checks exported web sites as a visitor's browser shows them: every .html page of each folder
// given is opened in Debian's Chromium, headless, and
//  - axe-core runs its WCAG 2.1 A and AA rules on the page as rendered;
//  - every link, picture and style sheet that stays inside the site must lead to a file of the
//    site, and a link to #id to an element with that id on the page it names.
// Prints one line per problem ("VIOLATION page rule impact: help | element" or "BROKEN page: what"),
// then "checked N pages, N violations, N broken links". Exit status 0: no problem; 1: problems;
// 2: the check could not run.
//   node check-site.mjs SITE_FOLDER...        (CHROMIUM names the browser, /usr/bin/chromium by default)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function pagesUnder(folder) {
  const pages = [];
  for (const entry of readdirSync(folder)) {
    const file = path.join(folder, entry);
    if (statSync(file).isDirectory()) {
      pages.push(...pagesUnder(file));
    } else if (entry.endsWith('.html')) {
      pages.push(file);
    }
  }
  return pages.sort();
}

async function main(folders) {
  if (folders.length === 0) {
    console.error('check-site: name at least one site folder');
    return 2;
  }
  const pages = folders.flatMap((folder) => pagesUnder(path.resolve(folder)));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--allow-file-access-from-files'],
  });
  const problems = [];
  const idsOfPage = new Map();
  const fragmentLinks = [];
  let violations = 0;
  let broken = 0;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    for (const file of pages) {
      const shown = path.relative(process.cwd(), file);
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.evaluate(axeSource);
      const result = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        WCAG_21_A_AA);
      for (const violation of result.violations) {
        for (const node of violation.nodes) {
          violations++;
          problems.push(`VIOLATION ${shown} ${violation.id} ${violation.impact}: ${violation.help} | ${node.target.join(' ')} | ${node.html.slice(0, 160)}`);
        }
      }
      const found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id]')].map((element) => element.id)
          .concat([...document.querySelectorAll('a[name]')].map((element) => element.getAttribute('name'))),
        targets: [...document.querySelectorAll('a[href], area[href], link[href], img[src], script[src], source[src], iframe[src], object[data]')]
          .map((element) => element.href || element.src || element.data),
      }));
      idsOfPage.set(file, new Set(found.ids));
      for (const target of found.targets) {
        const url = new URL(target);
        if (url.protocol !== 'file:') {
          continue; // outside the site: the web, mail, telephone
        }
        const targetFile = fileURLToPath(url);
        if (!existsSync(targetFile) || statSync(targetFile).isDirectory()) {
          broken++;
          problems.push(`BROKEN ${shown}: ${target} leads to no file`);
        } else if (url.hash.length > 1) {
          fragmentLinks.push({ shown, target, page: targetFile, id: decodeURIComponent(url.hash.slice(1)) });
        }
      }
    }
  } finally {
    await browser.close();
  }
  for (const link of fragmentLinks) {
    const ids = idsOfPage.get(link.page);
    if (ids && !ids.has(link.id)) {
      broken++;
      problems.push(`BROKEN ${link.shown}: ${link.target} names no element of its page`);
    }
  }
  problems.forEach((line) => console.log(line));
  console.log(`checked ${pages.length} pages, ${violations} violations, ${broken} broken links`);
  return problems.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((status) => process.exit(status), (failure) => {
  console.error(`check-site: ${failure.stack || failure}`);
  process.exit(2);
});
