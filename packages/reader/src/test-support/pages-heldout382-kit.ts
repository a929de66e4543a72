/** Held-out batch 382, small shared helpers: text joined from short pieces, `<li>` lines, and verse lines joined with `<br>`. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** The lines of one stanza joined with `<br>` and a newline, so its plain text has a space between lines. */
export const st = (...lines: string[]): string => lines.join('<br>\n');
