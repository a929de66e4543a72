/** Batch 220 helpers: a furniture list without repeats (the same text may sit in two places on a page). */
export const dedupe = (items: readonly string[]): string[] => [...new Set(items)];
