import type { TestPage } from './page-kit.js';
import { HELDOUT285_A } from './pages-heldout285-a.js';
import { HELDOUT285_B } from './pages-heldout285-b.js';
import { HELDOUT285_C } from './pages-heldout285-c.js';
import { HELDOUT285_D } from './pages-heldout285-d.js';
import { HELDOUT285_E } from './pages-heldout285-e.js';
import { HELDOUT285_F } from './pages-heldout285-f.js';

/**
 * Held-out batch 285, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a pottery studio's blog post on
 * WordPress built with Elementor Pro, a town news story on a Divi site, a water trust's news release built with WPBakery with a
 * reservoir data table, a landscaping firm's blog post built with Beaver Builder, a sailing school's Wix Blog post, a
 * bookbindery's Squarespace 7.1 blog post, an invoicing start-up's Webflow CMS post with a results table, a design studio's post
 * on a Framer site, a community fridge's one-page Carrd site (short main text), a freight software company's HubSpot CMS blog
 * post, an allotment society's season notice on Google Sites with a fees table, and a coffee roaster's Shopify blog article with
 * product cards and a comment.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: table data cells are body, one entry each, and table header cells are in neither list;
 * a pull quote or blockquote inside the post body is body, a testimonial in a builder module between sections is furniture;
 * figure captions and credits, including captions inside a rich-text body (Webflow, Wix), are furniture; builder call-to-action,
 * call-out and donation sections placed between body sections are furniture; reading times, category pills and tags are
 * furniture; comments on articles, with their authors and dates, are furniture, not bylines; a "Posted ... by" line (Carrd), a
 * "Words by" credit (Framer), a committee secretary's sign-off and Google Sites' "Page updated" date are bylines, the "Page
 * updated" label furniture; Webflow's hidden form success and failure messages are in the saved page and are furniture; the
 * Carrd page's tagline above the h1 is furniture; product names and prices in a "Shop the beans" row are furniture.
 */
export const HELDOUT285_PAGES: readonly TestPage[] = [...HELDOUT285_A, ...HELDOUT285_B, ...HELDOUT285_C, ...HELDOUT285_D, ...HELDOUT285_E, ...HELDOUT285_F];
