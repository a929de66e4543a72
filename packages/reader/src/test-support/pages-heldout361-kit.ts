/** Held-out batch 361: its one helper, sentences joined into one paragraph with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items of a list written as HTML strings. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
