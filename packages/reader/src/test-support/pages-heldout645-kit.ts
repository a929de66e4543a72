import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 645: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings); `cls` is the class of each cell. */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr>${r.map((c) => `<td${cls === '' ? '' : ` class="${cls}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table data rows: one entry a row, its cells' plain texts joined by spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] =>
  rows.map((r) =>
    r
      .map(plain)
      .filter((c) => c !== '')
      .join(' '),
  );

/**
 * A page's gold as the usual rules have it: bylines and furniture each distinct text once, and
 * without the texts that are also part of the title, a heading or a body entry (whole words).
 */
export function gold(p: TestPage): TestPage {
  const art = [p.title, ...p.headings, ...p.body].map((t) => ` ${tokens(t).join(' ')} `);
  const inArt = (s: string): boolean => {
    const k = tokens(s).join(' ');
    return k !== '' && art.some((a) => a.includes(` ${k} `));
  };
  const seen = new Set<string>();
  const once = (s: string): boolean => {
    const k = s.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
  const bylines = p.bylines.filter((b) => !inArt(b) && once(b));
  const furniture = p.furniture.filter((f) => !inArt(f) && once(f));
  return { ...p, bylines, furniture };
}
