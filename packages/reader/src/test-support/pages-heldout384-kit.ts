/** Held-out batch 384: joins the pieces of one long paragraph with single spaces. */
export const j = (...parts: readonly string[]): string => parts.join(' ');
