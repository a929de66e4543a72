import { plain, type TestPage, texts, tokens } from './page-kit.js';

/** Held-out batch 543: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for a text put into HTML. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of `<td>` cells; the gold of a row is its cells' plain texts joined with spaces. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold texts of table rows built with `trs`. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));

/** A gold page: body written as HTML, bylines and furniture deduplicated, texts found in the title, headings or body dropped. */
export function page(p: {
  name: string;
  kind: TestPage['kind'];
  html: string;
  title: string;
  headings: string[];
  body: string[];
  bylines: string[];
  furniture: string[];
}): TestPage {
  const body = texts(p.body);
  const gold = [p.title, ...p.headings, ...body].map((t) => ` ${tokens(t).join(' ')} `);
  const inGold = (s: string): boolean => tokens(s).length > 0 && gold.some((g) => g.includes(` ${tokens(s).join(' ')} `));
  const bylines = [...new Set(texts(p.bylines))].filter((s) => !inGold(s));
  const furniture = [...new Set(texts(p.furniture))].filter((s) => !inGold(s) && !bylines.includes(s));
  return { name: p.name, kind: p.kind, html: p.html, title: p.title, headings: p.headings, body, bylines, furniture };
}
