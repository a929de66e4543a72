/** Held-out batch 251 helper: the lines of a long paragraph joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');
