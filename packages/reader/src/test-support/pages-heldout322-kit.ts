/** Held-out batch 322: a paragraph written over several source lines, joined with single spaces. */
export const j = (...parts: readonly string[]): string => parts.join(' ');
