import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 458: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** The word tokens of a text between spaces, for "is part of" checks. */
const seq = (t: string): string => ` ${tokens(t).join(' ')} `;

/**
 * The gold rules' last step: each distinct byline and furniture text once, without the texts that are also part of the
 * title, a heading or a body entry, and without furniture texts that are bylines.
 */
export function settle(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body].map(seq);
  const keep = (items: readonly string[], also: readonly string[]): string[] => {
    const seen = new Set<string>(also);
    return items.filter((t) => {
      if (seen.has(t)) return false;
      seen.add(t);
      return tokens(t).length === 0 || !gold.some((g) => g.includes(seq(t)));
    });
  };
  const bylines = keep(p.bylines, []);
  return { ...p, bylines, furniture: keep(p.furniture, bylines) };
}
