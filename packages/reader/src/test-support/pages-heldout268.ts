import type { TestPage } from './page-kit.js';
import { HELDOUT268_A } from './pages-heldout268-a.js';
import { HELDOUT268_B } from './pages-heldout268-b.js';
import { HELDOUT268_C } from './pages-heldout268-c.js';
import { HELDOUT268_D } from './pages-heldout268-d.js';
import { HELDOUT268_E } from './pages-heldout268-e.js';
import { HELDOUT268_F } from './pages-heldout268-f.js';

/**
 * Held-out batch 268, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Wayback Machine capture of a
 * regional newspaper article on the BLOX template (#wm-ipp-base toolbar with #donato, /web/ rewritten URLs), a Wayback capture
 * of a WordPress (Twenty Seventeen, Jetpack) blog post with comments, an archive.today snapshot of a news article (#HEADER bar,
 * markup flattened into inline-styled divs), a Google AMP cache news article (amp-img, amp-ad, amp-social-share, amp-sidebar,
 * amp-consent), a rugby match report on the WordPress AMP plugin's Reader template with a scoring table, a Ghostarchive-style
 * snapshot of an Elementor-built blog post, a Library of Congress (OpenWayback) capture of a federal news release on USWDS,
 * a UK Web Archive (pywb) capture of a charity's Drupal blog post, a Wayback capture of a phpBB prosilver forum thread, a
 * Wayback capture of a 2009 table-layout small-daily news page, a Perma.cc-style record page of a magazine feature, and an
 * Arquivo.pt-style capture (Portuguese toolbar) of an English-language news article.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions: every archive's own toolbar, banner or record header is furniture; a dateline that opens the first
 * paragraph ("MILLBROOK —", "WASHINGTON —") stays inside that body paragraph; a deck or standfirst under the headline is in
 * neither list; on the phpBB thread every post's text is body, signatures, ranks and profile fields furniture, the quoted
 * excerpt in a reply in neither list and its "wrote:" cite a byline; the match report's scoring table data cells are body, its
 * header cells in neither list; a blockquote of a person's words in the article is body, a case-study label furniture; the
 * news release's "FOR IMMEDIATE RELEASE" label and "###" end mark are furniture, its date and contact line bylines; the
 * magazine's issue line and photographer credit are bylines; texts repeated on a page are listed once.
 */
export const HELDOUT268_PAGES: readonly TestPage[] = [...HELDOUT268_A, ...HELDOUT268_B, ...HELDOUT268_C, ...HELDOUT268_D, ...HELDOUT268_E, ...HELDOUT268_F];
