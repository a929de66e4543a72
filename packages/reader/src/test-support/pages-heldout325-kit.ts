/** Held-out batch 325, small shared helpers: paragraph text joined from short pieces, plain `<li>` lines and a JSON-LD block. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');
/** A `<script type="application/ld+json">` block for the object. */
export const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
