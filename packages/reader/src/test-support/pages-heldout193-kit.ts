import { texts } from './page-kit.js';

/** Held-out batch 193: the distinct plain texts of a furniture list written as HTML snippets (entities decoded). */
export const uniq = (items: readonly string[]): string[] => [...new Set(texts(items))];
