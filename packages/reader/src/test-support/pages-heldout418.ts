import type { TestPage } from './page-kit.js';
import { HELDOUT418_A } from './pages-heldout418-a.js';
import { HELDOUT418_B } from './pages-heldout418-b.js';
import { HELDOUT418_C } from './pages-heldout418-c.js';
import { HELDOUT418_D } from './pages-heldout418-d.js';
import { HELDOUT418_E } from './pages-heldout418-e.js';
import { HELDOUT418_F } from './pages-heldout418-f.js';

/**
 * Held-out batch 418, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an All About Birds-style species
 * "ID info" page with sounds and range sections, a butterfly conservation charity's species page on Drupal, a fungi
 * identification page with a lookalikes table on an old table-layout site with AdSense, a wildflower guide built with
 * WordPress and Elementor (page builder), a county moth recording scheme's short species account beside a data panel, an
 * iNaturalist-style taxon page rendered by a Next.js React app, a horticultural society's garden pest page (Angular app
 * shell), a fish identification article on an angling weekly's JNews WordPress theme with comments, a woodland charity's
 * tree identification page with an accordion, a reptile society's species sheet on Squarespace, a seaweed shore guide on a
 * marine charity's Wix site, and a naturalist's Blogger post on telling two birds apart, with comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the scientific-name, taxonomy and rank lines shown under a species h1 are
 * furniture, as are data panels, "Basic Description" / "Quick facts" / "Key facts" / "County data" boxes, range-map legends,
 * sound-player labels and recording credits; a species page's own prose sections (ID, habitat, sounds, range, status, how
 * to help) are the article, with their h2/h3 headings, while the page's tab bar, jump links and "Similar species" rails are
 * not (jump links that only repeat the headings are in neither list); a standfirst or summary under the h1 is body, also
 * when written as an h2 subtitle; a tab panel's own label heading ("About" on the taxon page) is furniture and the page
 * then has no headings; a lookalikes table's data rows are body, one entry a row (cells joined by spaces), its header cells
 * in neither list; a callout box inside the article ("Did you know?") is body; the accordion's headings are headings, and
 * its collapsed panels are body; "Read more" promos inside the text are furniture; the moth page's "Page last updated" line
 * and a Blogger post's date header, author and time are bylines; the Blogger blog's own h1 (the blog name) is furniture and
 * the post's h3 title is the title; comments on posts are furniture; on the angling page the author name repeated in the
 * author box is listed once, as a byline.
 */
export const HELDOUT418_PAGES: readonly TestPage[] = [...HELDOUT418_A, ...HELDOUT418_B, ...HELDOUT418_C, ...HELDOUT418_D, ...HELDOUT418_E, ...HELDOUT418_F];
