import { plain } from './page-kit.js';

/**
 * Held-out batch 202, shared helper: the plain texts of the `tags` elements (paragraphs and list items by default) of an
 * article fragment, in document order, so the gold is read off the very HTML the page holds. Fragments never nest these
 * elements inside each other.
 */
export const blocks = (frag: string, tags = 'p|li'): string[] =>
  [...frag.matchAll(new RegExp(`<(${tags})\\b[^>]*>([\\s\\S]*?)</\\1>`, 'g'))].map((m) => plain(m[2] ?? ''));
