/** Held-out batch 276: joins the parts of a long paragraph with spaces, so no source line grows past the limit. */
export const j = (...parts: string[]): string => parts.join(' ');
