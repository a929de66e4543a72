/** Held-out batch 426, shared helper: one paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items of a transcript or list, each given as HTML. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
