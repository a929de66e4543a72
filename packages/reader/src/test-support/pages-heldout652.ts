import type { TestPage } from './page-kit.js';
import { HELDOUT652_A } from './pages-heldout652-a.js';
import { HELDOUT652_B } from './pages-heldout652-b.js';
import { HELDOUT652_C } from './pages-heldout652-c.js';
import { HELDOUT652_D } from './pages-heldout652-d.js';
import { HELDOUT652_E } from './pages-heldout652-e.js';
import { HELDOUT652_F } from './pages-heldout652-f.js';

/**
 * Held-out batch 652, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a laser tag arena's birthday party
 * packages page built with Wix, a go-kart track's rules and safety page on WordPress (Astra with Elementor), a karting centre's
 * lap records post on Ghost (Casper) with a records table, a crazy golf venue's news post about a new course on Squarespace 7.1,
 * a rental karting forum thread on Discourse (crawler view), a karting wiki's circuit article on MediaWiki (Vector 2022) with an
 * infobox, a crazy golf gift voucher product page on Shopify (Dawn), a laser tag venue's corporate team building landing page on
 * HubSpot CMS with an enquiry form, a mini golf FAQ page on Webflow, a kart club's race report on Hugo (PaperMod) with a results
 * table, an indoor karting prices and opening times page in an old FrontPage table layout, and a laser tag tactics blog post on
 * Next.js with Tailwind.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, standfirst or intro under the h1 (Ghost excerpt, PaperMod post description,
 * HubSpot hero text, Webflow hero paragraph) is body; table data rows are body, one entry a row with the cells joined by a space,
 * and table header cells are in no list; a wiki infobox's label / value rows are body in the same way, its title row (the page
 * title) and image caption are not (the caption is furniture); a package or product card's name is a heading (h3 on Wix), its
 * price line and feature items body, its booking button furniture; a Shopify product's price, tax note, variant and quantity
 * labels and cart buttons are furniture, its description and collapsible tabs body (tab titles headings); FAQ questions are
 * headings and answers body, and content collapsed behind a dropdown or `<details>` (Webflow answers, Shopify tabs) counts as
 * shown; a testimonial quoted in the article is body and so is its attribution line; form labels, form titles and submit
 * buttons are furniture; a forum's posts, including the system's closing notice, are body and each poster's name and post
 * time are bylines, while likes, tags, the category badge and the related-topics table (titles, counts, dates) are furniture;
 * reading times ("5 min read", "3 min") are furniture, author names and post dates bylines; the author box under an article is
 * furniture; MediaWiki's "last edited" line and an old page's "Page last updated" line are bylines; the old table layout's
 * title in `<font><b>` is the title and its "Opening Times" line the one heading; table-of-contents numbers and links are
 * furniture (links equal to headings left out); italic notes at the end of a page (medical note, height and weight limits) are
 * body; footer address and opening-hours lines are furniture; every furniture or byline text that is also a word or phrase of
 * the title, a heading or a body entry is left out of both lists (done by `finish` in the batch kit).
 */
export const HELDOUT652_PAGES: readonly TestPage[] = [...HELDOUT652_A, ...HELDOUT652_B, ...HELDOUT652_C, ...HELDOUT652_D, ...HELDOUT652_E, ...HELDOUT652_F];
