import type { TestPage } from './page-kit.js';
import { HELDOUT665_A } from './pages-heldout665-a.js';
import { HELDOUT665_A2 } from './pages-heldout665-a2.js';
import { HELDOUT665_B } from './pages-heldout665-b.js';
import { HELDOUT665_C } from './pages-heldout665-c.js';
import { HELDOUT665_D } from './pages-heldout665-d.js';
import { HELDOUT665_D2 } from './pages-heldout665-d2.js';
import { HELDOUT665_E } from './pages-heldout665-e.js';
import { HELDOUT665_E2 } from './pages-heldout665-e2.js';
import { HELDOUT665_F } from './pages-heldout665-f.js';

/**
 * Held-out batch 665, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a paint shop's colour trends post
 * on WordPress (Astra, CookieYes banner, sidebar widgets, comment form), a wallpaper product page on Shopify (Dawn) with
 * collapsible tabs and recommendations, an interior decorator's journal post on Squarespace 7.1 with image captions, item
 * pagination and a newsletter block, a short decorator's "before we arrive" page built with Wix, a paint maker's finish guide
 * on Webflow with a comparison table and Finsweet cookie banner, a decorator's newsletter post on Ghost (Casper) with members
 * CTA and read-more cards, a contract wallcoverings supplier's blog post on HubSpot CMS with a table, CTA image and related
 * posts, a home improvement forum thread on Discourse with four posts, topic map and suggested topics, a long wallpaper-hanging
 * guide built with Elementor (Hello theme, icon list, accordion FAQ, CTA section), a paint maker's colour-of-the-year press
 * release on Next.js (Tailwind, __NEXT_DATA__ holding the article), a trade wiki article on MediaWiki (Vector 2022) with a
 * wikitable, and an old paint and wallpaper shop's tips page in a nested table layout with a left link column and hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or excerpt under the h1 (Webflow, Ghost, Next.js) is body; table
 * data rows are body, one entry a row with the cells joined by a space, and header rows (th cells, or HubSpot's first row of
 * bold td labels) are in neither list; on the product page (kind 'blog', the nearest) the h1 is the title, the description and
 * the collapsible tabs' contents are body and the tab titles headings, while the vendor label, price, tax line, variant and
 * quantity controls, buttons, sample link and "You may also like" cards are furniture, and Dawn's duplicate product-title h2
 * equals the title and is in no list; step titles (h3) are headings and ordered or icon-list items body; FAQ accordion
 * questions that are not headings and their collapsed answers are body entries in order, under the FAQ h2 heading; call-to-action
 * sections and buttons placed in the page body ("Browse the colour card", "Not sure which to choose?", "Rather leave it to
 * us?", "Try Quarry Rose at home") are furniture and their headings not article headings; in the press release the quoted
 * statement is body and the "About Marlowe Paints" boilerplate is article (heading and body), while the "Press release" label
 * and media enquiries box are furniture; on the forum thread every post's paragraphs are body, usernames and post dates
 * bylines, and like counts, Reply buttons, the topic map, the category badge and tags, and the suggested topics table (its
 * header labels and numbers too) furniture; reading times are furniture; "Written by ..." team credits, "Updated ..." and
 * "Page last updated ..." lines, the wiki's "last edited" line and the dates on read-more cards are bylines; screen-reader-only
 * text outside the article (visually-hidden, sr-only, screen-reader-text) is furniture, but text in elements with `hidden`,
 * inline display:none (the Elementor GDPR bar) or aria-hidden (Elementor's duplicate dropdown menu, Vector's dropdown labels)
 * is in no list; on the wiki the edit links, the sidebar's "Contents" and "(Top)" labels, page tabs, tool menus, categories
 * and the print footer's "Retrieved from" line are furniture, while the sidebar's contents entries (number and heading) repeat
 * the headings and are left out; a bold lead-in inside a paragraph ("Tip from Ron:") stays part of that body entry; a CTA
 * shown only as an image (HubSpot) has no text in any list; image captions and photo credits are furniture.
 */
export const HELDOUT665_PAGES: readonly TestPage[] = [
  ...HELDOUT665_A,
  ...HELDOUT665_A2,
  ...HELDOUT665_B,
  ...HELDOUT665_C,
  ...HELDOUT665_D,
  ...HELDOUT665_D2,
  ...HELDOUT665_E,
  ...HELDOUT665_E2,
  ...HELDOUT665_F,
];
