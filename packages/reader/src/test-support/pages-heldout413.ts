import type { TestPage } from './page-kit.js';
import { HELDOUT413_A } from './pages-heldout413-a.js';
import { HELDOUT413_B } from './pages-heldout413-b.js';
import { HELDOUT413_C } from './pages-heldout413-c.js';
import { HELDOUT413_D } from './pages-heldout413-d.js';
import { HELDOUT413_E } from './pages-heldout413-e.js';
import { HELDOUT413_F } from './pages-heldout413-f.js';

/**
 * Held-out batch 413, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Ravelry-style pattern page
 * with the designer's notes, a Blogger knitting blog's free mitts pattern with abbreviations, a size table and numbered
 * rounds, a sewing pattern company's instructions page built with Elementor, a friendship star quilt block tutorial on a
 * Genesis theme, an amigurumi crochet pattern on a Kadence theme with Mediavine ad units, an Etsy cardigan pattern
 * listing, a cross-stitch chart notes page on Wix, a Discourse craft forum thread about a chart error, a yarn shop's
 * pattern support article on Zendesk Guide, a Squarespace designer's errata page, a Printables-style 3D print model page
 * for a yarn bowl (SvelteKit markup), and a LoveCrafts-style free pattern page in Next.js.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a pattern's own rows, rounds, abbreviations, materials and corrections are body
 * (list items); a table inside the article has its data cells as body and its header cells in neither list; a pattern
 * attributes panel outside the notes (Ravelry's Craft / Yarn weight / Gauge table) is in neither list; the designer's
 * terms of use written in the post are body, but an affiliate disclosure line is furniture; on the Etsy listing the
 * seller's description (one pre-line paragraph on the page) is the body, split into its paragraphs, and there are no
 * headings (the h2/h3 labels of the buy box are furniture); a pull quote block on the Squarespace page is body; on the
 * Discourse thread every post is body, including the quote of the first post inside a reply, whose "name:" title is a
 * byline, and the designer's corrected row in a code block is body; comments on articles, product reviews and model
 * comments are furniture; a "last updated" or "Published" line is a byline, and bare like, view and download counts are
 * furniture. Tag and label texts were chosen so that none is a substring of a body text.
 */
export const HELDOUT413_PAGES: readonly TestPage[] = [...HELDOUT413_A, ...HELDOUT413_B, ...HELDOUT413_C, ...HELDOUT413_D, ...HELDOUT413_E, ...HELDOUT413_F];
