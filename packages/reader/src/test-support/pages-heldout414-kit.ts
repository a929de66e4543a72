/** Held-out batch 414, small shared helpers: paragraph text joined from short pieces, `<li>` lines and JSON-LD. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of items written as HTML (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string => items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t}</li>`).join('\n');
/** A JSON-LD script block. */
export const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
