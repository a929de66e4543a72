/** Held-out batch 362: a helper that joins the pieces of a long paragraph with spaces, so lines stay short. */
export const j = (...parts: readonly string[]): string => parts.join(' ');
