import type { TestPage } from './page-kit.js';
import { HELDOUT23_A } from './pages-heldout23-a.js';
import { HELDOUT23_B } from './pages-heldout23-b.js';
import { HELDOUT23_C } from './pages-heldout23-c.js';
import { HELDOUT23_D } from './pages-heldout23-d.js';
import { HELDOUT23_E } from './pages-heldout23-e.js';
import { HELDOUT23_F } from './pages-heldout23-f.js';

/**
 * Held-out batch 23, written in session 14 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: an Ars Technica-style article saved on
 * page 1 of 2, a TechCrunch-style funding post, a Business Insider-style story with a "Key points" box, a story from The
 * Independent, a Smithsonian Magazine-style feature with a photo gallery, a Wired-style product review with its rating box, an
 * Apple Developer documentation symbol page, a Read the Docs page on sphinx-book-theme, a Tildes topic with nested comments, a
 * Wikivoyage destination article, a Wiktionary entry and a Buttondown newsletter archive issue.
 * Measured once on the round-22 rules: precision 89.3 %, recall 85.7 %, body recall 85.9 %, 1 of 29 bylines and 6 of 611
 * furniture texts on 5 of 12 pages, 0 of 12 default summaries with any (`compare-extractors.ts --leaks`).
 * The round-23 rules (session 14) were tuned on them: training since (three golds changed then, each to an earlier batch's
 * convention: the Apple and Read the Docs pages' code is in neither list, and Apple's "Topics" index is furniture, as docs.rs's is).
 */
export const HELDOUT23_PAGES: readonly TestPage[] = [...HELDOUT23_A, ...HELDOUT23_B, ...HELDOUT23_C, ...HELDOUT23_D, ...HELDOUT23_E, ...HELDOUT23_F];

/**
 * The byline and furniture texts of batch 23 the round-23 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT23_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // the video embed's label and title inside the story's body, in a box named only by utility classes
  'heldout23-ars-two-page-article': ['Ars Video', 'How Engineers Keep Offshore Wind Turbines Standing in a Storm'],
  // the affiliate product card (name and one-line pitch) between paragraphs: a sentence no rule tells from the story's
  'heldout23-business-insider-key-points': ['Corvell Smart Oven Pro, 12-in-1', 'A 1 cubic foot oven that air fries, bakes, toasts and dehydrates.'],
  // a comment's "Exemplary" label, one word in the comment's header
  'heldout23-tildes-topic': ['Exemplary'],
};
