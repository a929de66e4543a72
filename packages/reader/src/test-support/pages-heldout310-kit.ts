/** Held-out batch 310's helper: the pieces of a long paragraph, joined with single spaces (keeps lines short). */
export const j = (...parts: string[]): string => parts.join(' ');
