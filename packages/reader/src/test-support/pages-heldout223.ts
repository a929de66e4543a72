import type { TestPage } from './page-kit.js';
import { HELDOUT223_A } from './pages-heldout223-a.js';
import { HELDOUT223_B } from './pages-heldout223-b.js';
import { HELDOUT223_C } from './pages-heldout223-c.js';
import { HELDOUT223_D } from './pages-heldout223-d.js';
import { HELDOUT223_E } from './pages-heldout223-e.js';
import { HELDOUT223_F } from './pages-heldout223-f.js';

/**
 * Held-out batch 223, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Sound On Sound synth review,
 * a Gearspace forum thread, a synth maker's manual page on Material for MkDocs, a Bandcamp Daily feature, a DAW knowledge-base
 * article on Zendesk Guide, a guitar lesson site's lesson page (Next.js), a Reverb.com listing, a KVR Audio news item, a
 * podcast episode page on a Transistor.fm site, a community radio station's programme page on WordPress, a choir's concert
 * report on WordPress (GeneratePress) and a piano teacher's Wix Blog post.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst is body; a review's verdict box (Pros, Cons, Summary) is
 * article text, its information box (price, contact) and product-type subtitle are in neither list; admonition and callout
 * texts are body, their titles furniture; table data cells are body, except a marketplace listing's product specs table,
 * which is in neither list; a listing's seller description is the article and its "About This Listing" label furniture;
 * podcast show notes (chapter and link lists) are body, the creators list furniture; a radio programme's playlist is body;
 * forum posts split at their blank lines (br br) into body items; "On this page" lists that repeat the headings and menu
 * entries equal to the title are left out.
 */
export const HELDOUT223_PAGES: readonly TestPage[] = [...HELDOUT223_A, ...HELDOUT223_B, ...HELDOUT223_C, ...HELDOUT223_D, ...HELDOUT223_E, ...HELDOUT223_F];
