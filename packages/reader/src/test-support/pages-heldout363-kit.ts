/** Held-out batch 363: joins the pieces of one long text written over several source lines. */
export const j = (...parts: string[]): string => parts.join(' ');
