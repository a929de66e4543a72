/** Small helpers shared by the files of held-out batch 402. */

/** Lines of one long text, joined with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` elements of list items written as HTML. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
