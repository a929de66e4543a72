/** Helpers of held-out batch 431: `j` joins source lines of one paragraph, `lis` writes `<li>` items of body lists. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` elements of list items (body text, written as HTML), `cls` the class of each item. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
