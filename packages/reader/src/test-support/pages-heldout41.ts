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
 * Not yet measured; not wired into any test or script.
 * (Its writer saw, in a lint warning of the full `pnpm lint` run, three lines of pages-heldout24-d.ts, an unused variable of
 * that batch's docs page; nothing of the reader's rules or of any measurement.)
 */
export const HELDOUT41_PAGES: readonly TestPage[] = [...HELDOUT41_A, ...HELDOUT41_B, ...HELDOUT41_C, ...HELDOUT41_D, ...HELDOUT41_E, ...HELDOUT41_F];
