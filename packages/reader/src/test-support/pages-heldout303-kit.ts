/** Held-out batch 303: one paragraph written over several source lines, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');
