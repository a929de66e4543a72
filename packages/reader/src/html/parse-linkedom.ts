import { parseHTML } from 'linkedom';
import type { DomDocument } from './dom.js';

/** Parses HTML into a light DOM (linkedom: no layout, no scripts run, no network). */
export function parseDocument(html: string): DomDocument {
  // linkedom reads a fragment without <html> into nothing useful: give it a document
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document;
}
