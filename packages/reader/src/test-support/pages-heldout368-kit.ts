/** Joins the pieces of a long paragraph with single spaces (held-out batch 368). */
export const j = (...parts: string[]): string => parts.join(' ');
