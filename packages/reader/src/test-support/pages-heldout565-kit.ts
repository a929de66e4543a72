import { plain, tokens } from './page-kit.js';

/** Held-out batch 565: a paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items holding the HTML strings, for the body lists of the batch's pages. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<tr>` rows of `<td>` cells (HTML strings). */
export const trs = (rows: readonly (readonly string[])[], cls = ''): string =>
  rows.map((r) => `<tr${cls === '' ? '' : ` class="${cls}"`}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');

/** The gold text of table rows: a row's cells joined with spaces, one entry a row. */
export const rowTexts = (rows: readonly (readonly string[])[]): string[] => rows.map((r) => plain(r.join(' ')));

/**
 * The furniture texts that are not also part of the article (as whole words of the title, a heading or a body entry), each
 * once: the usual rule, applied to pages whose furniture holds short texts (counts, tags) that may also be words of the body.
 */
export function apart(furniture: readonly string[], gold: readonly string[]): string[] {
  const blocks = gold.map((g) => ` ${tokens(g).join(' ')} `);
  const inGold = (t: string): boolean => tokens(t).length > 0 && blocks.some((b) => b.includes(` ${tokens(t).join(' ')} `));
  return furniture.filter((t, i) => furniture.indexOf(t) === i && !inGold(t));
}
