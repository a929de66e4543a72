/** Held-out batch 300: a helper to write a long paragraph over several source lines. */
export const j = (...parts: string[]): string => parts.join(' ');
