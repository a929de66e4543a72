import type { TestPage } from './page-kit.js';
import { HELDOUT216_A } from './pages-heldout216-a.js';
import { HELDOUT216_B } from './pages-heldout216-b.js';
import { HELDOUT216_C } from './pages-heldout216-c.js';
import { HELDOUT216_D } from './pages-heldout216-d.js';
import { HELDOUT216_E } from './pages-heldout216-e.js';
import { HELDOUT216_F } from './pages-heldout216-f.js';

/**
 * Held-out batch 216, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a MyFitnessPal Community thread
 * on Vanilla, a HealthUnlocked post with replies, a Peloton blog post on WordPress, a Strava support article on the Zendesk
 * Help Center, a running club's race report on WordPress with Astra, a yoga studio's blog post on WordPress with Elementor
 * Pro, a physiotherapy clinic's exercise guide on WordPress with Divi, a dietitian's blog post on WordPress with Kadence, a
 * health insurer's member article on Adobe Experience Manager, an NHS trust's patient information leaflet on the NHS.UK
 * frontend, a fitness magazine workout article on a Hearst-style template and a sports-science blog post on Substack.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subtitle or docs description is body; a safety or note callout that is
 * part of the guide's own text is body, while site-wide disclaimers and affiliate disclosures are furniture; promo boxes and
 * class or product callouts inside the text are furniture; an exercise's sets-and-reps lines are body; a footnote is body;
 * table data cells are body; a leaflet's details list (number, published, review date) is in neither list and its "Page
 * last reviewed" lines are bylines; "Medically reviewed by" and "Reviewed by" lines are bylines; an author box's repeat of
 * the byline name is not listed again; a short furniture text that is also a word of a short gold line is left out, and a
 * table of contents repeating the headings is left out.
 */
export const HELDOUT216_PAGES: readonly TestPage[] = [...HELDOUT216_A, ...HELDOUT216_B, ...HELDOUT216_C, ...HELDOUT216_D, ...HELDOUT216_E, ...HELDOUT216_F];
