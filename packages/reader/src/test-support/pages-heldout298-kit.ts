/** Held-out batch 298's helper: the pieces of a long paragraph joined by single spaces, so no source line grows too long. */
export const j = (...parts: string[]): string => parts.join(' ');
