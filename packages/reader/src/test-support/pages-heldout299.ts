import type { TestPage } from './page-kit.js';
import { HELDOUT299_A } from './pages-heldout299-a.js';
import { HELDOUT299_B } from './pages-heldout299-b.js';
import { HELDOUT299_C } from './pages-heldout299-c.js';
import { HELDOUT299_D } from './pages-heldout299-d.js';
import { HELDOUT299_E } from './pages-heldout299-e.js';
import { HELDOUT299_F } from './pages-heldout299-f.js';

/**
 * Held-out batch 299, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Ravelry-style knitting pattern
 * page, a fishing report on a Shopify (Dawn) tackle shop's blog, an AllTrails-style trail page in Next.js markup with its
 * stats, an Audubon-style bird guide on Drupal, a model-railway thread on phpBB (prosilver), a photography tutorial built
 * with Elementor with EXIF and gear boxes, a gardening post on Blogger (Contempo), an Instructables-style woodworking
 * project with numbered steps, a BoardGameGeek-style review thread in Angular markup, an annotated chess game on a Ghost
 * (Casper) blog, an amateur astronomer's observing report on Jekyll (Minima), and a Numista-style coin catalogue entry.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on data pages (Ravelry's pattern fields, AllTrails' stats strip, Audubon's quick
 * facts, Numista's characteristics and mintage tables) and in tables inside an article (the EXIF box, the chess PGN header,
 * the observing log) the value / data cells are body and the label / header cells are in neither list; where the page's
 * <h1> is the site name (phpBB's board name, Blogger's blog title) the topic's h2 / the post's h3 is the title; on the phpBB
 * thread every post is body, a quoted passage that repeats an earlier post is in neither list, and signatures, ranks and
 * post counts are furniture; the BoardGameGeek review post is the article and the replies under it are comments, so
 * furniture, like the game header (name, rating, rank); a standfirst under the title (Ghost's excerpt) and a bird's
 * scientific name are body; a caption or credit set inside the article body (Blogger's tr-caption, the Jekyll image's
 * italic line) is furniture; the Instructables "Supplies" heading and the "Step N:" titles are headings; the Elementor
 * gear box, call to action and author box are furniture; commenters' names and dates are furniture, not bylines; words
 * such as a breadcrumb item that also occur inside a body sentence are left out of the furniture list.
 */
export const HELDOUT299_PAGES: readonly TestPage[] = [...HELDOUT299_A, ...HELDOUT299_B, ...HELDOUT299_C, ...HELDOUT299_D, ...HELDOUT299_E, ...HELDOUT299_F];
