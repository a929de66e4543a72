import type { TestPage } from './page-kit.js';
import { HELDOUT593_A } from './pages-heldout593-a.js';
import { HELDOUT593_A2 } from './pages-heldout593-a2.js';
import { HELDOUT593_B } from './pages-heldout593-b.js';
import { HELDOUT593_C } from './pages-heldout593-c.js';
import { HELDOUT593_D } from './pages-heldout593-d.js';
import { HELDOUT593_D2 } from './pages-heldout593-d2.js';
import { HELDOUT593_E } from './pages-heldout593-e.js';
import { HELDOUT593_F } from './pages-heldout593-f.js';
import { HELDOUT593_F2 } from './pages-heldout593-f2.js';

/**
 * Held-out batch 593, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a costume hire shop's hire terms
 * page on Shopify (Dawn) with a hire periods table, a 1920s party costume guide on WordPress (GeneratePress) with comments and
 * a sidebar, a theatre wardrobe's hire catalogue entry on an old hand-written table layout (HTML 4.01, font tags), a hire FAQ
 * page on Squarespace 7.1 with accordion blocks, a group Halloween costumes post on Wix Blog, a costume returns guide on
 * Webflow, a costumier's behind-the-scenes pantomime post on Ghost (Casper), a Victorian costume guide built with Elementor Pro
 * on Hello Elementor with a Complianz banner, a ringmaster costume product page on BigCommerce (Cornerstone), a costume hire
 * advice thread on Discourse in its crawler (no-JavaScript) view, an amateur society's wardrobe hire procedure on MediaWiki
 * (Vector legacy) and a corporate event costume checklist on HubSpot CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a furniture or byline text whose words also stand, in order, in the title, a heading
 * or a body entry is left out (compared as lower-case word tokens, so the Wix category "Halloween" goes under a title with
 * that word, and Webflow's menu item "Returns" goes because the body says "takes returns"); a dek or excerpt under the h1
 * (Ghost's excerpt, Webflow's lead) is body; a table's data rows are body, one entry a row with its cells joined by spaces,
 * and its header cells are in neither list, while the Discourse related-topics table outside the thread is furniture, header
 * cells included; a catalogue entry's specification table (catalogue no., period, size, colours, pieces) is body, one "label
 * value" entry a row, while a shop's purchase box (price, hire fee, status, SKU, availability, size options, quantity, brand)
 * is furniture; a bold label paragraph inside a product description ("Included:") is body; FAQ questions in accordion items
 * are headings and their answers body, though the accordion is collapsed; a callout card inside a post is body, a bookmark
 * card (a link preview) furniture; product tab labels are furniture and an inactive tab panel marked aria-hidden is in no
 * list; text hidden by the site's own stylesheet rather than by markup (Squarespace's hidden form-submission text, Webflow's
 * w-form-done / w-form-fail messages, MediaWiki's siteSub and printfooter and the Vector legacy headings of the navigation,
 * personal, namespaces and views menus) is in no list, while screen-reader-only texts (visually-hidden, screen-reader-text,
 * show-for-sr, is-srOnly, sr-only footer title, the Vector search label and "Navigation menu") are furniture; comment authors
 * and comment dates under a blog post are bylines and comment texts furniture; in the Discourse thread every post is body,
 * usernames, full names in brackets and post times are bylines, and post numbers and like counts furniture; dates on related-
 * post cards are bylines, reading times ("2 min read", "4 min read") furniture; a "Last updated" line at the head of a terms
 * page, a table-layout "Page last updated" footer line and MediaWiki's "This page was last edited" line are bylines; table-of-
 * contents entries (which repeat the headings) are in no list and the TOC title ("Contents") is furniture; MediaWiki's "edit"
 * section links are furniture; a heading inside the article of a "See also" list is a heading and its items body; images,
 * image-only calls to action (HubSpot CTA), form control values and placeholders are in no list, form labels are furniture.
 */
export const HELDOUT593_PAGES: readonly TestPage[] = [
  ...HELDOUT593_A,
  ...HELDOUT593_A2,
  ...HELDOUT593_B,
  ...HELDOUT593_C,
  ...HELDOUT593_D,
  ...HELDOUT593_D2,
  ...HELDOUT593_E,
  ...HELDOUT593_F,
  ...HELDOUT593_F2,
];
