/** Held-out batch 435: a long paragraph written over several source lines, joined with single spaces. */
export const j = (...parts: readonly string[]): string => parts.join(' ');
