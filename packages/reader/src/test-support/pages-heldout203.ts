import type { TestPage } from './page-kit.js';
import { HELDOUT203_A } from './pages-heldout203-a.js';
import { HELDOUT203_B } from './pages-heldout203-b.js';
import { HELDOUT203_C } from './pages-heldout203-c.js';
import { HELDOUT203_D } from './pages-heldout203-d.js';
import { HELDOUT203_E } from './pages-heldout203-e.js';
import { HELDOUT203_F } from './pages-heldout203-f.js';

/**
 * Held-out batch 203, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Vogue news story, a GQ news
 * story, an Architectural Digest news story (all three on Condé Nast's "verso" template), a Runner's World training article,
 * a Men's Health news article, a Good Housekeeping Institute product test, a Country Living news feature (the four on the
 * Hearst Magazines template), a Dwell home tour, an Apartment Therapy blog post with comments, a Condé Nast Traveller hotel
 * review, a Food & Wine news article on the Dotdash Meredith "mntl" template and a Wallpaper* design story on Future plc's
 * template. Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subhed or strapline is body; in the product test the product names (the h3
 * of each product card) are headings, the card's blurb and its pros and cons items are body, its label ("Best Overall"),
 * price button and the "Pros" / "Cons" labels are furniture; a pull quote repeating a body sentence, a study "at a glance"
 * callout and a hotel review's venue info box (address, price) are in neither list; a home tour's project credits and
 * location label and a design story's closing "INFORMATION" line are furniture; a "By" preamble in its own element is a
 * byline when listed; furniture texts appear once even where the page repeats them.
 */
export const HELDOUT203_PAGES: readonly TestPage[] = [...HELDOUT203_A, ...HELDOUT203_B, ...HELDOUT203_C, ...HELDOUT203_D, ...HELDOUT203_E, ...HELDOUT203_F];
