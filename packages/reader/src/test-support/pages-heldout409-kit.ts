/** Held-out batch 409, shared helper: joins the pieces of one long paragraph with spaces. */
export const j = (...parts: readonly string[]): string => parts.join(' ');

/** A `<script type="application/ld+json">` block of an object. */
export const ld = (o: Record<string, unknown>): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
