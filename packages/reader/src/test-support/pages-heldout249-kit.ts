/** Held-out batch 249: one paragraph written over several source lines, joined with single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');
