import type { TestPage } from './page-kit.js';
import { HELDOUT309_A } from './pages-heldout309-a.js';
import { HELDOUT309_B } from './pages-heldout309-b.js';
import { HELDOUT309_C } from './pages-heldout309-c.js';
import { HELDOUT309_D } from './pages-heldout309-d.js';
import { HELDOUT309_E } from './pages-heldout309-e.js';
import { HELDOUT309_F } from './pages-heldout309-f.js';

/**
 * Held-out batch 309, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a cathedral's news post built
 * with the Divi page builder, a mosque's Friday-sermon summary on Squarespace 7.1, a synagogue's weekly Torah-portion
 * commentary on a Wix Blog post page, a Buddhist temple's teaching transcript on Ghost (Casper), a Hindu temple's festival
 * page on Drupal 10 (Olivero) with its programme in a table, a faith charity's appeal story on a Next.js site, a religious
 * news site's article on the tagDiv Newspaper theme, a philosophy entry on the Stanford Encyclopedia of Philosophy template,
 * a philosophy newsletter post on Substack, a meditation app's blog post on Webflow, a denominational magazine's feature on
 * the Newspack theme, and a university chaplaincy page on a TerminalFour-style university template (short text and listing).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a subtitle or excerpt printed under the title (Ghost's article-excerpt, Newspaper's
 * td-post-sub-title, Substack's subtitle, Newspack's post subtitle) is body; a pull quote or quote block inside the article
 * is body, its attribution (a figcaption or cite naming the speaker) furniture; a "Read more:" promo inside the body is
 * furniture; table data cells and a table caption are body, table header cells in neither list; on the encyclopedia entry
 * the preamble and the Bibliography (its heading and entries) are article, while the Entry Contents list, Academic Tools,
 * Other Internet Resources, Related Entries and the copyright line are furniture, "First published" and the author's name
 * bylines; reading times ("6 min read") and "Updated" lines are bylines, a site-wide date in a top bar is furniture; on the
 * chaplaincy page the weekly listing items and the advisers' roles are body and the advisers' names (h3 card titles) are
 * headings, the contact box and "Page last updated" (a byline) are not body; comments, their authors and dates are
 * furniture; like, view and vote counts of one or two characters are left out of the lists; texts that equal the title or
 * also occur inside a body text (a site name said in the prose, the current breadcrumb item) are in neither list.
 */
export const HELDOUT309_PAGES: readonly TestPage[] = [...HELDOUT309_A, ...HELDOUT309_B, ...HELDOUT309_C, ...HELDOUT309_D, ...HELDOUT309_E, ...HELDOUT309_F];
