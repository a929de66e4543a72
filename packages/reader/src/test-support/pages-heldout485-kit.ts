import { plain, type TestPage, tokens } from './page-kit.js';

/** Held-out batch 485: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of table cells (HTML strings); `cell` is `td` or `th`. */
export const trs = (rows: readonly (readonly string[])[], cell = 'td', cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<${cell}>${c}</${cell}>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: one entry a row, its cells' plain texts joined with single spaces. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => r.map(plain).join(' '));

const seq = (t: string): string => ` ${tokens(t).join(' ')} `;

/**
 * The page with its bylines and furniture cleaned as the gold rules ask: a text that also occurs in the title, a heading or a
 * body entry (as whole words) is left out, and each distinct text is kept once.
 */
export function finish(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(seq);
  const keep = (t: string): boolean => tokens(t).length === 0 || !gold.some((g) => g.includes(seq(t)));
  const clean = (xs: readonly string[]): string[] => [...new Set(xs.map((x) => x.trim()).filter((x) => x !== '' && keep(x)))];
  return { ...p, bylines: clean(p.bylines), furniture: clean(p.furniture).filter((f) => !p.bylines.includes(f)) };
}
