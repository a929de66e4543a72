/** Held-out batch 385: a long paragraph written over several source lines, joined with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');
