/** Held-out batch 254: the pieces of one long text joined by spaces, so source lines stay short. */
export const j = (...parts: string[]): string => parts.join(' ');
