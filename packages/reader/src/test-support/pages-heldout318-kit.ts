/** Held-out batch 318: one long paragraph written over several source lines, joined with spaces. */
export const j = (...lines: string[]): string => lines.join(' ');
