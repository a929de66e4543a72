/**
 * Held-out batch 196, shared helpers: paragraphs written as one template string (blank line between paragraphs, white
 * space collapsed) so long prose stays within the line limit, and small HTML builders.
 */

/** Paragraph HTML strings from a block of text with a blank line between paragraphs. */
export const paras = (s: string): string[] =>
  s
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');

/** One paragraph or list item written across several lines, white space collapsed. */
export const one = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** `<li>` lines of the items, each item wrapped as given (for list items that hold a `<p>`). */
export const lis = (items: readonly string[], wrap = (t: string): string => t, attrs = ''): string =>
  items.map((t) => `<li${attrs}>${wrap(t)}</li>`).join('\n');

/** `<a>` lines without list items (for nav bars built of bare links). */
export const anchors = (items: readonly string[], cls: string): string =>
  items.map((t) => `<a class="${cls}" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t.replace(/&/g, '&amp;')}</a>`).join('\n');

/** The texts once each, in first-seen order. */
export const uniq = (items: readonly string[]): string[] => [...new Set(items)];
