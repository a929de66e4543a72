import type { TestPage } from './page-kit.js';
import { HELDOUT559_A } from './pages-heldout559-a.js';
import { HELDOUT559_B } from './pages-heldout559-b.js';
import { HELDOUT559_C } from './pages-heldout559-c.js';
import { HELDOUT559_D } from './pages-heldout559-d.js';
import { HELDOUT559_E } from './pages-heldout559-e.js';
import { HELDOUT559_F } from './pages-heldout559-f.js';

/**
 * Held-out batch 559, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a driving school's lesson prices
 * page built with Wix (price boxes with Book Now buttons, consent banner), a test-day tips post on WordPress with GeneratePress
 * (sidebar widgets, post navigation, two comments and a comment form), an instructor's profile with pass rates on Squarespace 7.1
 * (stat blocks, a code-block table, testimonial quotes and a contact form), a learner drivers' forum thread on Discourse in its
 * crawler view (four posts, tags, related topics table), a manual-or-automatic post on Ghost with Casper (feature image caption,
 * callout card, subscribe band, read-more cards), a lesson gift voucher product page on Shopify with Dawn (price, variant pills,
 * cart buttons, recommendations, newsletter footer), a first-lesson post on Hugo with PaperMod (breadcrumbs, table of contents,
 * tags, prev / next links), a bay parking article on a MediaWiki wiki in Vector 2022 (sidebar contents, infobox, edit links,
 * references, categories), a local news article on driving test waits on a Next.js site (standfirst, share bar, inline related
 * box, ad slot, newsletter box, most-read rail, __NEXT_DATA__), a "become an instructor" post on a HubSpot CMS blog (image CTA,
 * comment form, related posts, HubSpot cookie banner), an intensive course page built in Webflow (hero, course cards, FAQ
 * accordion, testimonial slider, call-to-action band), and an old table-layout instructor's site with pass rates (font tags,
 * marquee, nav column, hit counter).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst, excerpt or hero paragraph under the h1 is body; table data rows are
 * body, one entry a row with the cells joined by spaces, and table header cells are in no list; price boxes and course cards
 * on business pages are article text (their names headings when marked up as headings, their prices, descriptions and list
 * items body) while their Book Now / Choose course buttons are furniture; a profile's pass-rate stat blocks are body;
 * testimonials and pupil quotes (Squarespace quote blocks, the Webflow slider) and closing call-to-action bands are furniture;
 * FAQ accordion questions marked up as h3 are headings and their answers body, even though Webflow collapses them with an inline
 * height of 0 (text hidden with `hidden`, display:none or visibility:hidden, such as the hidden slide, the mobile menu copies
 * and MediaWiki's print footer, is in no list); on a Shopify product page the description is the article, and the vendor line,
 * price, tax note, variant and quantity labels and cart buttons are furniture; comments under a post are furniture but their
 * author names and dates are bylines, like a forum's user names and post dates; a Discourse thread's post numbers, like counts,
 * category badge and tags are furniture; a Hugo post-meta line (date · reading time · author) is one byline, a Ghost reading
 * time on its own is furniture, and dates on read-more cards are furniture; MediaWiki's "last edited" line is a byline, its
 * References heading a heading and the reference text body, its citation marker and backlink arrow in no list, and its infobox
 * (caption, labels and values) and sidebar contents (with its numbers) furniture; a news byline's role line (Local Democracy
 * Reporter) is a byline; an old site's "Page last updated" line is a byline, its marquee, phone box, hit counter line and "Best
 * viewed" credit furniture; screen-reader-only text (screen-reader-text and visually-hidden classes) is in no list except skip
 * links, which are furniture; image-only calls to action (HubSpot CTA) are in no list.
 */
export const HELDOUT559_PAGES: readonly TestPage[] = [...HELDOUT559_A, ...HELDOUT559_B, ...HELDOUT559_C, ...HELDOUT559_D, ...HELDOUT559_E, ...HELDOUT559_F];
