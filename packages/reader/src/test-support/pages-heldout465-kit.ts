import { type TestPage, tokens } from './page-kit.js';

/** Held-out batch 465: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<h2>` (or another tag) with the text, `&` escaped. */
export const h = (text: string, tag = 'h2', attrs = ''): string => `<${tag}${attrs}>${text.replace(/&/g, '&amp;')}</${tag}>`;

const words = (s: string): string => ` ${tokens(s).join(' ')} `;

/**
 * The page with its bylines and furniture deduplicated, and with the texts that also occur (as whole words) in the title, a
 * heading or a body entry left out, as the usual gold rules ask.
 */
export function gold(p: TestPage): TestPage {
  const article = [p.title, ...p.headings, ...p.body].map(words);
  const keep = (seen: Set<string>) => (t: string) => {
    const w = words(t);
    if (seen.has(t)) return false;
    seen.add(t);
    return w.trim() === '' || !article.some((a) => a.includes(w));
  };
  const bylines = p.bylines.filter(keep(new Set()));
  const furniture = p.furniture.filter(keep(new Set(bylines)));
  return { ...p, bylines, furniture };
}
