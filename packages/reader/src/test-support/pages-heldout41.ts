import type { TestPage } from './page-kit.js';
import { HELDOUT41_A } from './pages-heldout41-a.js';
import { HELDOUT41_B } from './pages-heldout41-b.js';
import { HELDOUT41_C } from './pages-heldout41-c.js';
import { HELDOUT41_D } from './pages-heldout41-d.js';
import { HELDOUT41_E } from './pages-heldout41-e.js';
import { HELDOUT41_F } from './pages-heldout41-f.js';

/**
 * Held-out batch 41, written in session 17 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Al Jazeera English
 * news article, a Politico article, an Atlantic magazine essay, a TechCrunch article on its WordPress VIP theme, a Le Monde in
 * English article, an ABC News (Australia) article, a post in a Medium publication, a Hugo blog post on the PaperMod theme, an
 * MkDocs Material documentation page, a Sphinx page on the Read the Docs theme, a Jekyll Minima post on GitHub Pages and a
 * Bloomberg-style article behind a paywall teaser.
 * Measured once on the round-34 rules (session 17, before any rule looked at it), a held-out figure of that round: precision
 * 99.9 %, recall 96.5 %, body recall 96.9 %, 1 of 35 bylines and 3 of 463 furniture texts on 1 of 12 pages, 0 of 12 default
 * summaries with any. The round-35 rules (session 17) were tuned on it: training since (no gold changed).
 * (Its writer saw, in a lint warning of the full `pnpm lint` run, three lines of pages-heldout24-d.ts, an unused variable of
 * that batch's docs page; nothing of the reader's rules or of any measurement.)
 */
export const HELDOUT41_PAGES: readonly TestPage[] = [...HELDOUT41_A, ...HELDOUT41_B, ...HELDOUT41_C, ...HELDOUT41_D, ...HELDOUT41_E, ...HELDOUT41_F];

/**
 * The byline and furniture texts of batch 41 the round-35 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT41_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // the closing source line, the site's name and section in the header, and the heading of the in-text "Recommended Stories" list
  'heldout41-al-jazeera': ['Recommended Stories'],
};
