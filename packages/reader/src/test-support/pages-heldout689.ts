import type { TestPage } from './page-kit.js';
import { HELDOUT689_A } from './pages-heldout689-a.js';
import { HELDOUT689_A2 } from './pages-heldout689-a2.js';
import { HELDOUT689_B } from './pages-heldout689-b.js';
import { HELDOUT689_B2 } from './pages-heldout689-b2.js';
import { HELDOUT689_C } from './pages-heldout689-c.js';
import { HELDOUT689_D } from './pages-heldout689-d.js';
import { HELDOUT689_D2 } from './pages-heldout689-d2.js';
import { HELDOUT689_E } from './pages-heldout689-e.js';
import { HELDOUT689_E2 } from './pages-heldout689-e2.js';
import { HELDOUT689_F } from './pages-heldout689-f.js';
import { HELDOUT689_F2 } from './pages-heldout689-f2.js';

/**
 * Held-out batch 689, written in session 44 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a heat pump installer's Clean Heat
 * Voucher guide on WordPress with Elementor Pro (theme builder widgets, toggle FAQ, share buttons, post navigation, comment form,
 * Complianz cookie banner), a solar installer's dairy farm case study on the HubSpot CMS blog (Growth theme, image-only CTA,
 * tags, related posts, newsletter form, HubSpot cookie banner), an EV charger shop's comparison of three home chargers on Shopify
 * (Dawn theme, announcement bar, comparison table, share button, two customer comments, product strip), a solar installer's
 * "installation day" post on Squarespace 7.1 (captioned image block, prev / next, newsletter block, cookie banner), a heat pump
 * installer's short annual-service page built with Wix (rich text components, Wix ads banner, consent banner), an EV charging
 * installer's fleet depot case study on Webflow (stats grid, project facts sidebar, CTA form, CMS related list), a solar
 * installer's newsletter post on battery sizing on Ghost (Casper theme, callout card, read-more cards, Portal links), a long
 * air source versus ground source comparison guide on a Next.js quote-comparison site (CSS-module classes, disclosure box,
 * feedback widget, "On this page" rail, __NEXT_DATA__), a Discourse forum thread on an oversized heat pump quote (server-rendered
 * crawler view with like counts and a related-topics table), a regional energy agency's community solar grant guidance on
 * Drupal 10 with the Olivero theme (breadcrumb, grant-rate table, documents field, sidebar blocks), a solar installer's
 * engineering post on optimisers on Hugo with PaperMod (collapsed table of contents, yield table, tags, prev / next), and a
 * heat pump commissioning checklist on a MediaWiki 1.41 wiki with Vector 2022 (sidebar contents, edit links, maintenance box,
 * categories). File c holds its two pages; each of files a, b, d, e and f holds one page and its a2, b2, d2, e2 or f2 file the second, as
 * those pairs would pass 300 lines in one file.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek, excerpt or description under the h1 (Ghost, Next.js, Hugo, Webflow) is body;
 * a table data row is one body entry, its cells joined by spaces, and table header cells are in neither list (the header row of
 * a listing table outside the article, Discourse's related topics, is furniture); FAQ questions in an Elementor toggle inside
 * the post content are body entries (not headings), each followed by its answer; a callout or "at a glance" list inside the
 * article is body; a case study's stats grid (value and label, one entry a stat) is body, its project-facts sidebar (Client,
 * Location, Completed) furniture; a testimonial quote with its attribution inside one paragraph is body; on the forum thread
 * every post is body, user names and post dates are bylines and like counts furniture; comments under an article are furniture,
 * but a comment's author name and date are bylines; reading times are furniture, except where they share one meta line with
 * the date and author (Hugo's post meta, a single byline); dates and reading times on related or read-more cards are
 * furniture; "Reviewed by" and "Last reviewed" lines and MediaWiki's "last edited" footer line are bylines; visually hidden
 * screen-reader texts (skip links, "Regular price", hidden h2 labels such as "Breadcrumb") are furniture, while text hidden by
 * the `hidden` attribute, `display:none`, a `hidden` class, a closed <details> or the site stylesheet (Webflow's form success
 * and failure messages, MediaWiki's printfooter, PaperMod's collapsed table of contents, Dawn's share fallback) is in no list;
 * image-only CTAs and icon-only buttons with just an aria-label give no text; a menu, tag or category text equal to a word or
 * phrase of the title or body (Grants, Solar, Home, No, Settings, Client, Fleet, Stanbridge, air-source, quotes, Optimisers,
 * Design, Monitoring, Commissioning) is left out of furniture; a heading repeated in a table of contents is not furniture, a
 * file attachment field (Documents) is furniture; a paragraph that follows a list in the same block is written before it in
 * both the HTML and the gold.
 */
export const HELDOUT689_PAGES: readonly TestPage[] = [
  ...HELDOUT689_A,
  ...HELDOUT689_A2,
  ...HELDOUT689_B,
  ...HELDOUT689_B2,
  ...HELDOUT689_C,
  ...HELDOUT689_D,
  ...HELDOUT689_D2,
  ...HELDOUT689_E,
  ...HELDOUT689_E2,
  ...HELDOUT689_F,
  ...HELDOUT689_F2,
];
