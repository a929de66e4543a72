/** Held-out batch 344: joins the pieces of one long paragraph written over several source lines. */
export const j = (...parts: readonly string[]): string => parts.join(' ');
