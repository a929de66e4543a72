import type { TestPage } from './page-kit.js';
import { HELDOUT218_A } from './pages-heldout218-a.js';
import { HELDOUT218_B } from './pages-heldout218-b.js';
import { HELDOUT218_C } from './pages-heldout218-c.js';
import { HELDOUT218_D } from './pages-heldout218-d.js';
import { HELDOUT218_E } from './pages-heldout218-e.js';
import { HELDOUT218_F } from './pages-heldout218-f.js';

/**
 * Held-out batch 218, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Spoonflower blog post on
 * WordPress, a quilting blog post on WordPress with Kadence and Mediavine, a woodworking forum thread on XenForo 2, a knitting
 * designer's pattern page on Shopify Dawn (docs), a sewing pattern company's sewalong post on Squarespace 7.1, a Prusa
 * Knowledge Base article (docs), a DIY store's how-to guide on a Next.js site (docs), a pottery studio's class page on Wix, a
 * model railway forum thread on phpBB 3.3, a Tindie product page, a craft magazine feature article (news) and a maker's
 * companion post to a YouTube video on WordPress with GeneratePress.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or class subtitle is body; a safety or warning callout that belongs
 * to the instructions (the Prusa warning, the DIY guide's "Safety first") is body, and the latter's title is a heading; step
 * headings inside list items are headings; editor's notes, affiliate disclosures, "Prefer to watch?" notes, "Read more" link
 * paragraphs and subscription promos inside the content are furniture; a how-to's difficulty/time/cost facts, the Squarespace
 * quote block's curly quote marks, forum quote attributions ("... said:", "... wrote:"), phpBB per-post subject lines
 * ("Re: ..."), table header cells and tables of contents or breadcrumb ends that repeat the title or headings are in neither
 * list; a product page's seller name ("by ...") and a KB article's updated and reading-time lines are bylines; the Tindie
 * description's own headings are the headings, its shipping table and reviews furniture; a Shopify product page has no bylines.
 */
export const HELDOUT218_PAGES: readonly TestPage[] = [...HELDOUT218_A, ...HELDOUT218_B, ...HELDOUT218_C, ...HELDOUT218_D, ...HELDOUT218_E, ...HELDOUT218_F];
