/** Held-out batch 312: a paragraph written over several source lines, joined with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items (no links) with an optional class, for lists of plain texts in the pages' markup. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
