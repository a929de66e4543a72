import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type { DomDocument } from './dom.js';

let linkedom: typeof Linkedom | undefined;

/**
 * linkedom, loaded at the first page to parse (its CommonJS build, synchronously), so that
 * reading text, Markdown, PDF or Word never loads its 500-odd modules: that was a third of
 * the CLI's start-up on a plain-text file.
 */
function loadLinkedom(): typeof Linkedom {
  if (linkedom === undefined) {
    const loaded: typeof Linkedom = createRequire(import.meta.url)('linkedom');
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
  return document;
}
