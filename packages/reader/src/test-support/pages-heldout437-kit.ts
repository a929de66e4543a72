/** Held-out batch 437: joins the pieces of a long paragraph written over several source lines. */
export const j = (...parts: string[]): string => parts.join(' ');
