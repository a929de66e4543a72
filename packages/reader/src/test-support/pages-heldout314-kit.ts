/** Held-out batch 314: the one helper its files share. */

/** Pieces of one long paragraph, joined by single spaces (keeps source lines short). */
export const j = (...parts: string[]): string => parts.join(' ');
