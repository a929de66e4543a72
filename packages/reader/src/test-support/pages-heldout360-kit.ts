/** Held-out batch 360: the pieces of a long paragraph joined with single spaces, so source lines stay short. */
export const j = (...parts: string[]): string => parts.join(' ');
