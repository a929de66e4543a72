/** Held-out batch 350: a helper that joins the source lines of one paragraph with spaces. */
export const j = (...parts: readonly string[]): string => parts.join(' ');
