/** Held-out batch 343, small shared helpers: paragraph text joined from short pieces, and `<li>` lines without links. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** `<h2>` + paragraphs sections of an article body, in order. */
export const secs = (sections: readonly (readonly [string, readonly string[]])[], hTag = 'h2', pAttrs = ''): string =>
  sections.map(([h, paras]) => `<${hTag}>${h}</${hTag}>\n${paras.map((p) => `<p${pAttrs}>${p}</p>`).join('\n')}`).join('\n');
