import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 630: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells; the gold keeps a row as its cells joined by a space (see `row`). */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of a table row: its cells joined by a space. */
export const row = (r: readonly string[]): string => r.join(' ');

/** An element of a list, or '' (for strict index access). */
export const at = (xs: readonly string[], i: number): string => xs[i] ?? '';

const seq = (t: string): string => ` ${tokens(t).join(' ')} `;

/**
 * The page with its byline and furniture lists cleaned: each text once, bylines not repeated in furniture, and a text
 * that is also part of the title, a heading or a body entry left out of both lists.
 */
export function page(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(seq);
  const seen = new Set<string>();
  const keep = (t: string): boolean => {
    const k = t.trim();
    if (k === '' || seen.has(k)) return false;
    seen.add(k);
    const s = seq(k);
    return s.trim() === '' || !gold.some((g) => g.includes(s));
  };
  const bylines = p.bylines.filter(keep);
  const furniture = p.furniture.filter(keep);
  return { ...p, bylines, furniture };
}
