/** Held-out batch 356, small shared helper: paragraph text joined from short pieces. */
export const j = (...parts: string[]): string => parts.join(' ');
