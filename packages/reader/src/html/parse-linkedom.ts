import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type { DomDocument } from './dom.js';
import { cacheCompiledSelectors } from './selector-cache.js';

let linkedom: typeof Linkedom | undefined;

/**
 * linkedom, loaded at the first page to parse (its CommonJS build, synchronously), so that
 * reading text, Markdown, PDF or Word never loads its 500-odd modules: that was a third of
 * the CLI's start-up on a plain-text file.
 */
function loadLinkedom(): typeof Linkedom {
  if (linkedom === undefined) {
    const require = createRequire(import.meta.url);
    const loaded: typeof Linkedom = require('linkedom');
    cacheCompiledSelectors(require.resolve('linkedom'));
    linkedom = loaded;
  }
  return linkedom;
}

/** Parses HTML into a light DOM (linkedom: no layout, no scripts run, no network). */
export function parseDocument(html: string): DomDocument {
  // linkedom reads a fragment without <html> into nothing useful: give it a document
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = loadLinkedom().parseHTML(full);
  // linkedom adds a text node for each run of text and each entity ("a &amp; b" is three), where a
  // browser's parser makes one: 3 MB of "&amp;" was 600,000 nodes that every query then walked
  // (issue 21: 16 s, 1.2 GB). Merged here, once, in linear time; the text is the same.
  document.documentElement.normalize();
  if (UPPER_CASE_ATTRIBUTE.test(full)) lowerCaseAttributes(document);
  return document;
}

/** An attribute name with a capital letter in a start tag (`<P STYLE=...>`, `<TD ALIGN=...>`). */
const UPPER_CASE_ATTRIBUTE = /<[a-zA-Z][^<>]*?\s[a-z-]*[A-Z][\w-]*\s*=/;

/**
 * HTML attribute names are case-insensitive and browsers lower-case them; linkedom keeps them as
 * written, so `<P STYLE="page-break-before:always">` (EDGAR filings, old hand-written and
 * FrontPage pages) matched no `[style]` selector and `getAttribute('style')` read null (round 15,
 * after batch 16's 10-K). Lower-cased here once, in one pass, only when the page has such a name.
 */
interface Attributed {
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
}

function lowerCaseAttributes(document: { querySelectorAll(selector: string): ArrayLike<Attributed> }): void {
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(el.attributes)) {
      const lower = name.toLowerCase();
      if (lower === name) continue;
      el.removeAttribute(name);
      if (!el.hasAttribute(lower)) el.setAttribute(lower, value);
    }
  }
}
