import type { TestPage } from './page-kit.js';
import { HELDOUT620_A } from './pages-heldout620-a.js';
import { HELDOUT620_A2 } from './pages-heldout620-a2.js';
import { HELDOUT620_B } from './pages-heldout620-b.js';
import { HELDOUT620_C } from './pages-heldout620-c.js';
import { HELDOUT620_C2 } from './pages-heldout620-c2.js';
import { HELDOUT620_D } from './pages-heldout620-d.js';
import { HELDOUT620_E } from './pages-heldout620-e.js';
import { HELDOUT620_F } from './pages-heldout620-f.js';

/**
 * Held-out batch 620, written in session 43 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a hawk walk experience sold as a
 * WooCommerce product (Storefront theme) with tabs, related products and a CookieYes bar, an eagle owl's profile page on
 * Squarespace 7.1 with a fact list, adoption box and newsletter block, a visitor information page built with Wix, a keeper's blog
 * post on the moult on Ghost (Casper) with members call to action and read-more cards, an owl encounter gift voucher on Shopify
 * (Dawn) with variant picker, accordions and recommendations, a falconry centre FAQ on WordPress with Elementor (Hello theme)
 * accordions and a Complianz banner, a local news article on a falconry centre's rebuilt owl barn on a Next.js news site with
 * share bar, ad slots and a most-read rail, a falconry wiki's article on a centre on MediaWiki (Vector 2022) with an infobox,
 * an owner's thread about a first hawk walk on Discourse (crawler view), a children's owl party page built with Webflow with
 * package cards, testimonial slider and enquiry form, a bird of prey trust's flying display timetable on Drupal 10 (Olivero)
 * with a sidebar and EU Cookie Compliance banner, and a falconry courses page in a 2000s table layout with a hit counter.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, subtitle, standfirst or product short description under the h1 is body; a
 * table data row of the article (the timetable, the price table, an infobox row) is one body entry, its cells joined by a space
 * (an infobox's label cell included), while a table's header row and an infobox's title row repeating the page title are in
 * neither list; a bird's fact lines ("Species: ...") and a wiki's "See also" links are body; on product pages the price, tax
 * note, SKU and category, variant and quantity controls, buttons, tab labels (with Woo's "Description" panel heading) and
 * collapsible row titles are furniture, while text in tab panels hidden with `display: none`, in closed `<details>` rows and
 * in elements the template hides (`hidden`, Squarespace's `hidden` form message, Webflow's `w-form-done` / `w-form-fail`,
 * Dawn's unavailable-variant labels and hidden share buttons, MediaWiki's print footer and Vector 2022's hidden TOC numbers) is
 * in no list; visually hidden labels meant for screen readers (skip links, "Search for:", "Log in", "Cart", "Breadcrumb",
 * "Main navigation") are furniture; FAQ questions are headings (under their group h2) and the answers body; package cards on
 * the party page (name as heading, description and price line as body) are body, their buttons furniture; adoption and
 * membership boxes, testimonials, customer reviews, "Read more:" inline links, tags and the kicker or eyebrow label are
 * furniture; forum posts are body, their user names, full names in brackets and post dates bylines, their like counts and
 * position numbers furniture, the crawler view's related-topics table (titles, counts, months) furniture; a reporter's role
 * line is a byline; MediaWiki's "last edited" line and the old site's "Last updated" are bylines; an old table layout's bold
 * lines standing alone above a paragraph are headings and its big bold title line the title.
 */
export const HELDOUT620_PAGES: readonly TestPage[] = [
  ...HELDOUT620_A,
  ...HELDOUT620_A2,
  ...HELDOUT620_B,
  ...HELDOUT620_C,
  ...HELDOUT620_C2,
  ...HELDOUT620_D,
  ...HELDOUT620_E,
  ...HELDOUT620_F,
];
