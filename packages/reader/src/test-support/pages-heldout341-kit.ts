/** Small helpers shared by the files of held-out batch 341. */

/** The parts of a long HTML paragraph, joined with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');

/** `<li>` items of a list written as HTML strings, with an optional class on each. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');

/** `<li>` items that each wrap their text in a `<p>`, as help-authoring tools write list items. */
export const lips = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}><p>${t}</p></li>`).join('\n');
