/** Held-out batch 381: a paragraph written over several source lines, joined with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');
