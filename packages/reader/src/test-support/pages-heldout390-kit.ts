/** Joins the pieces of a long paragraph with single spaces (held-out batch 390). */
export const j = (...parts: string[]): string => parts.join(' ');
