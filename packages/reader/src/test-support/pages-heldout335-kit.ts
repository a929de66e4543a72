/** Held-out batch 335: joins the pieces of one paragraph written over several source lines. */
export const j = (...parts: string[]): string => parts.join(' ');
