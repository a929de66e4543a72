/** Held-out batch 293: the source lines of one paragraph, joined with spaces. */
export const j = (...parts: string[]): string => parts.join(' ');
