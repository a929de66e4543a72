import type { TestPage } from './page-kit.js';
import { HELDOUT361_A } from './pages-heldout361-a.js';
import { HELDOUT361_B } from './pages-heldout361-b.js';
import { HELDOUT361_C } from './pages-heldout361-c.js';
import { HELDOUT361_D } from './pages-heldout361-d.js';
import { HELDOUT361_E } from './pages-heldout361-e.js';
import { HELDOUT361_F } from './pages-heldout361-f.js';

/**
 * Held-out batch 361, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GOV.UK-style multi-part visa
 * guide page, a news story on a graduate visa rule change in the Guardian's DCR markup, an immigration law firm's blog post on
 * WordPress built with Elementor Pro, an expat forum thread on phpBB (prosilver), an embassy's short notice on a Wix site, a visa
 * centre's appointment FAQ on a Zendesk Guide help center, a relocation company's guide on the HubSpot CMS blog, a citizenship
 * test study page built with Next.js, a university's international students page on Drupal 10, an Expatriates Stack Exchange
 * question with two answers, a consulate's fees table page on Joomla 5 (Cassiopeia), and a personal blog post on moving abroad on
 * Ghost (Casper). All twelve are in the immigration, visas and living abroad family.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the GOV.UK guide's title is the guide's h1, and its second h1 (the part title,
 * "Eligibility") is the first heading; the phpBB topic title (an h2 under the board name's h1) is the title, and the board's h1
 * is furniture; a standfirst (DCR) and a custom excerpt under the title (Ghost) are body; the Next.js page's "Key facts" box is
 * body and its label a heading, its practice quiz widget furniture; accordion titles (Drupal) and FAQ question h3s (Zendesk) are
 * headings and their panels body; on forum and Q&A pages the posts, answers and comments under answers are body, a reply's quote
 * of an earlier post is in neither list, and user names, post times and "asked / answered" times are bylines while profile
 * fields, signatures, vote and reputation counts are furniture; table data cells and table captions are body, table header cells
 * in neither list; inline calls to action and callout boxes that point elsewhere (HubSpot CTA, Ghost callout card, Drupal
 * contact callout, Elementor author box bio) are furniture; site-wide strips such as opening hours (Wix, Joomla) are furniture;
 * "Written by", "Last Updated", "Page last updated", "Last reviewed", "Updated" and reading times are bylines; a visible
 * relative time ("9 months ago") is a byline; a guide page with no byline has an empty bylines list.
 */
export const HELDOUT361_PAGES: readonly TestPage[] = [...HELDOUT361_A, ...HELDOUT361_B, ...HELDOUT361_C, ...HELDOUT361_D, ...HELDOUT361_E, ...HELDOUT361_F];
