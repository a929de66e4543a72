import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 552: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings); with `col`, each cell gets the class `${col}${n}` (TablePress and similar). */
export const trs = (rows: readonly (readonly string[])[], col = ''): string =>
  rows.map((r) => `<tr>${r.map((c, i) => `<td${col === '' ? '' : ` class="${col}${i + 1}"`}>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold texts of table data rows: one entry a row, its cells' plain texts joined with single spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/**
 * The page with its furniture and bylines tidied as the gold rules ask: a text whose words also stand, in a row, in the title,
 * a heading or a body entry is left out, each distinct text is kept once, and a byline text is not repeated as furniture.
 */
export function tidy(p: TestPage): TestPage {
  const article = ` ${[p.title, ...p.headings, ...p.body].map((t) => tokens(t).join(' ')).join(' | ')} `;
  const keep = (t: string): boolean => {
    const k = tokens(t).join(' ');
    return k === '' || !article.includes(` ${k} `);
  };
  const bylines = [...new Set(p.bylines.filter(keep))];
  const furniture = [...new Set(p.furniture.filter(keep))].filter((t) => !bylines.includes(t));
  return { ...p, bylines, furniture };
}
