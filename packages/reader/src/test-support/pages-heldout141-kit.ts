/**
 * Held-out batch 141, shared helpers: paragraphs and link lists written as template literals (so the formatter keeps
 * them packed), split into the string arrays the pages and their gold both use.
 */

/** Paragraphs separated by blank lines; line breaks inside a paragraph become spaces. */
export const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim());

/** One item a line. */
export const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => t !== '');

/** A URL path piece made from a text. */
export const slugify = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `&` escaped for HTML text. */
export const esc = (t: string): string => t.replace(/&/g, '&amp;');

/** The texts once each, in first-seen order. */
export const uniq = (items: readonly string[]): string[] => [...new Set(items)];
