/** Held-out batch 242's one helper: the pieces of a long paragraph joined by single spaces. */
export const j = (...parts: string[]): string => parts.join(' ');
