/**
 * Held-out batch 167, small helpers shared by its page files: paragraphs are written as blank-line separated blocks in a
 * template literal and split here, so the HTML and the gold come from the same strings.
 */

/** Blocks of a template literal split on blank lines, white space collapsed. */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim());

/** `<li>` elements of list items. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');

/** `<a>` links without a list, for footers and tag rows. */
export const anchors = (items: readonly string[], attrs = ''): string =>
  items.map((t) => `<a href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"${attrs}>${t.replace(/&/g, '&amp;')}</a>`).join('\n');
