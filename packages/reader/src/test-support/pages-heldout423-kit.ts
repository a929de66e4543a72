/** Held-out batch 423: a long paragraph written as pieces, joined with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');
