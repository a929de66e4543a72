/** Held-out batch 373's own helper: a paragraph written over several source lines, joined by single spaces. */
export const j = (...parts: readonly string[]): string => parts.join(' ');
