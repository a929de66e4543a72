/** Helpers of held-out batch 365: lines of one paragraph joined, and list items. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` elements of list items written as HTML, with an optional class. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
