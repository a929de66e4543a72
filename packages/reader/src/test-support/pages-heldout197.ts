import type { TestPage } from './page-kit.js';
import { HELDOUT197_A } from './pages-heldout197-a.js';
import { HELDOUT197_B } from './pages-heldout197-b.js';
import { HELDOUT197_C } from './pages-heldout197-c.js';
import { HELDOUT197_D } from './pages-heldout197-d.js';
import { HELDOUT197_E } from './pages-heldout197-e.js';
import { HELDOUT197_F } from './pages-heldout197-f.js';

/**
 * Held-out batch 197, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a SharePoint Online news post on
 * an intranet communication site, a Google Sites page used as a club's blog post, a Joomla 5 (Cassiopeia) local news article,
 * a Concrete CMS 9 (Atomik) blog entry, a Craft CMS blog post on a studio's own templates, an Umbraco 13 news article on a
 * housing association's site, a Sitecore SXA corporate insights page, a Framer site blog post, a Carrd one-page letter, a
 * Webnode guesthouse blog page, a Duda-built plumbing company's blog post and a Drupal 10 university research centre
 * documentation page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, lead or summary paragraph under the title is body; blockquoted statements
 * and pull quotes that belong to the article are body (a quote's cite line is in neither list); call-out and note boxes
 * written into the article are body, while promo, CTA and "key takeaways"-style labels are furniture (the takeaways' own
 * items are body); headings inside list items (Sitecore, Duda) are headings and the item's paragraph is body; table data
 * cells are body, header cells and table captions in neither list, code blocks in neither; text-box bylines (Google Sites,
 * Carrd's letter line), reading times and author role lines next to the author are bylines; text in hidden elements
 * (duplicate drawer or breakpoint navigation, hidden sections, tooltips, form success messages) is furniture; a sign-off
 * ("Ellen") is body; a short furniture text that is also a word of a short gold line, and a breadcrumb or site name that is
 * a cut of the title or of a body paragraph, are left out of the furniture.
 */
export const HELDOUT197_PAGES: readonly TestPage[] = [...HELDOUT197_A, ...HELDOUT197_B, ...HELDOUT197_C, ...HELDOUT197_D, ...HELDOUT197_E, ...HELDOUT197_F];
