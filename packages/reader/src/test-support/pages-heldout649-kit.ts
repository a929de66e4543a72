import { plain, type TestPage } from './page-kit.js';

/** Held-out batch 649: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** A table row of HTML cells (`td` unless told), and the plain text of a data row (its cells joined with spaces). */
export const tr = (cells: readonly string[], tag = 'td'): string => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
export const rowText = (cells: readonly string[]): string => plain(cells.join(' '));

/** `&` escaped for text put into HTML outside `links`. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

/**
 * The page with its bylines and furniture cleaned as the gold rules ask: each distinct text once (a furniture text equal
 * to a byline is dropped), and a text whose words also occur in the title, a heading or a body entry left out.
 */
export function finish(p: TestPage): TestPage {
  const article = [p.title, ...p.headings, ...p.body].map(words);
  const seen = new Set<string>();
  const keep = (t: string): boolean => {
    const w = words(t);
    if (t.trim() === '' || seen.has(t.trim())) return false;
    seen.add(t.trim());
    return w.trim() === '' || !article.some((a) => a.includes(w));
  };
  const bylines = p.bylines.filter(keep);
  const furniture = p.furniture.filter(keep);
  return { ...p, bylines, furniture };
}
