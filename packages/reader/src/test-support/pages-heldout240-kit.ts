/** Held-out batch 240: joins the pieces of one long paragraph written over several source lines. */
export const j = (...parts: string[]): string => parts.join(' ');
