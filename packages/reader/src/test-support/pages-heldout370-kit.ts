/** Helpers of held-out batch 370: long texts written over several source lines, and list items. */

/** The parts joined with one space, so a long paragraph can be written over several lines. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

/** `<li>` elements of list items written as HTML; `cls` is the class of each `<li>`. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<span>` or other plain elements around each text, one a line. */
export const tags = (items: readonly string[], tag: string, cls: string): string =>
  items.map((t) => `<${tag} class="${cls}">${t.replace(/&/g, '&amp;')}</${tag}>`).join('\n');
