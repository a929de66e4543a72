/** Helpers of held-out batch 295: a paragraph written over several source lines, and `<li>` items without links. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` elements of list items (body lists), `cls` the class of each. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
