/** Held-out batch 250: a paragraph written in several source lines, joined with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');
