/** Helpers of held-out batch 271: paragraphs written as blocks split by blank lines, list items and JSON-LD. */
export const paras = (block: string): string[] =>
  block
    .split(/\n\s*\n/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');

/** `<li>` elements of list items written as HTML. */
export const lis = (items: readonly string[], attrs = ''): string => items.map((t) => `<li${attrs}>${t}</li>`).join('\n');

/** A JSON-LD script. */
export const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
