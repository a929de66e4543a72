/** Held-out batch 270: a long paragraph written in pieces, joined with spaces, so no line of a page file runs past 160 characters. */
export const j = (...parts: string[]): string => parts.join(' ');
