/** Helpers of held-out batch 357: a paragraph written over several source lines, and list items. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` elements of the items (`cls` is the class of each `<li>`). */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
