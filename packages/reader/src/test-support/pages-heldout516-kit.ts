import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 516: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `&` escaped for HTML. */
export const amp = (t: string): string => t.replace(/&/g, '&amp;');

/** `<tr>` rows of `<td>` cells. */
export const trs = (rows: readonly (readonly string[])[]): string => rows.map((r) => `<tr>${r.map((c) => `<td>${amp(c)}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: a row's cells joined with spaces, one entry a row. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.join(' '));

/**
 * A page's gold finished by the usual rule: byline and furniture texts that are also part of the title, a heading or a body
 * entry (as whole words) are left out, and each distinct text is kept once (a byline is not also furniture).
 */
export function finish(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map((t) => ` ${tokens(t).join(' ')} `);
  const inGold = (t: string): boolean => {
    const k = tokens(t).join(' ');
    return k !== '' && gold.some((g) => g.includes(` ${k} `));
  };
  const keep = (xs: readonly string[]): string[] => [...new Set(xs)].filter((x) => x.trim() !== '' && !inGold(x));
  const bylines = keep(p.bylines);
  return { ...p, bylines, furniture: keep(p.furniture).filter((x) => !bylines.includes(x)) };
}
