/** Held-out batch 377 helper: joins the pieces of one paragraph with spaces, so source lines stay short. */
export const j = (...parts: string[]): string => parts.join(' ');
