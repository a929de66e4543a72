import type { TestPage } from './page-kit.js';
import { HELDOUT191_A } from './pages-heldout191-a.js';
import { HELDOUT191_B } from './pages-heldout191-b.js';
import { HELDOUT191_C } from './pages-heldout191-c.js';
import { HELDOUT191_D } from './pages-heldout191-d.js';
import { HELDOUT191_E } from './pages-heldout191-e.js';
import { HELDOUT191_F } from './pages-heldout191-f.js';

/**
 * Held-out batch 191, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Harvard Business Review
 * article, a McKinsey Insights article, a Fast Company article, a Gartner newsroom press release, a Deloitte Insights
 * article, an MIT Sloan Management Review article, an Inc. expert column, a strategy+business article, a SaaS company's
 * product blog post on Webflow, a letter to shareholders page on a Q4-hosted investor relations site, a startup's funding
 * announcement on a Ghost (Casper) blog and a management consultancy's case study page on WordPress with Elementor.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subheadline or post excerpt is body, and so is an editorial "Takeaways"
 * box before the text (its label is a heading); a pull quote that repeats a sentence of the text is in neither list; a
 * press release's "About" boilerplate is body (its heading a heading) and its media contact block is in neither list; a
 * shareholder letter's salutation and closing are body, its signature (name, title, date) bylines, and the forward-looking
 * statements module after it furniture; a case study's client facts panel, its counter widgets that repeat the results and
 * the testimonial's attribution line are in neither list, the testimonial itself is body; a "Table of contents" whose
 * items repeat the headings is left out but for its label; an exhibit's or figure's label, title and source are
 * furniture; a short furniture text that is also a word or phrase of a short gold line (a heading, the title) is left out.
 */
export const HELDOUT191_PAGES: readonly TestPage[] = [...HELDOUT191_A, ...HELDOUT191_B, ...HELDOUT191_C, ...HELDOUT191_D, ...HELDOUT191_E, ...HELDOUT191_F];
