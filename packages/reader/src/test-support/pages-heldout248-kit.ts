/** Held-out batch 248's helper: the pieces of one paragraph joined with spaces, so source lines stay short. */
export const j = (...parts: string[]): string => parts.join(' ');
