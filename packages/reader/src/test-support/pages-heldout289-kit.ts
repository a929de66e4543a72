/** Helpers of held-out batch 289: long paragraphs written as several source lines, and list items. */

/** A paragraph written as several pieces, joined with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` elements of list items (the body's own lists, not menus). */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');
