import type { TestPage } from './page-kit.js';
import { HELDOUT3_A } from './pages-heldout3-a.js';
import { HELDOUT3_B } from './pages-heldout3-b.js';

/**
 * Held-out batch 3: 6 pages written AFTER the sprint-8 furniture rules (a national paper with
 * gift/listen tools and inline "Read more" links, a product review with affiliate buttons, an
 * API reference, a university press release, a static-site blog with footnotes, a Reddit-like
 * thread) and measured once, with no rule changed afterwards (the README keeps those figures). Training
 * pages since sprint 9: its rules (forms, discussion pages, notes) were written while looking at them.
 */
export const HELDOUT3_PAGES: readonly TestPage[] = [...HELDOUT3_A, ...HELDOUT3_B];
