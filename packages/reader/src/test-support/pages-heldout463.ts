import type { TestPage } from './page-kit.js';
import { HELDOUT463_A } from './pages-heldout463-a.js';
import { HELDOUT463_B } from './pages-heldout463-b.js';
import { HELDOUT463_C } from './pages-heldout463-c.js';
import { HELDOUT463_D } from './pages-heldout463-d.js';
import { HELDOUT463_E } from './pages-heldout463-e.js';
import { HELDOUT463_F } from './pages-heldout463-f.js';

/**
 * Held-out batch 463, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a packaging group's sustainability
 * report chapter on Adobe Experience Manager (core components) with a data table, a report chapter rail and a OneTrust banner;
 * a food company's climate target page on WordPress with Elementor (Hello theme) with counter widgets and a signup form; an
 * engineering group's supplier code of conduct on Drupal 10 (Olivero sub-theme) with a supplier menu sidebar; a forest carbon
 * offset project page on Webflow with a project facts card and related projects; an ESG rating agency's methodology page on
 * GitBook with a table, a hint and page navigation; a utility's green bond framework on a Q4 investor relations site with a
 * stock ticker and a documents list; an outdoor brand's B Corp impact page on Shopify (Dawn) with a score table and a promo
 * section; a consultancy's blog post on HubSpot CMS with tags, related posts and a subscribe form; a short coffee roaster
 * sourcing page on Squarespace 7.1 (fluid engine) with a captioned image; an ESG newsletter's article on Ghost (Source) with a
 * caption, a CTA card and member signup; a Discourse thread on supplier audits; and a MediaWiki (Vector 2022) page on a
 * cookstove offset project with an infobox, a table of contents and references.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or summary under the h1 (AEM teaser description, Elementor intro, GitBook and
 * Ghost excerpts, Webflow lede) is body; a table's data row is one body entry, its cells joined by spaces, header cells in no
 * list; a data table's source line under it and figure captions and credits are furniture; key-figure counters and stat tiles
 * (Elementor counters), facts cards and infoboxes (Webflow project facts, MediaWiki infobox), a stock ticker and document
 * lists with their dates are furniture; a GitBook hint box inside the page is body, its previous / next links furniture; a
 * promotional call-to-action card inside a Ghost post and a shop's promo section after the page text are furniture; the
 * report's pretitle ("Chapter 3 of 6"), the Elementor eyebrow label, the Webflow tags, a post's tag and reading time are
 * furniture; a policy's version / effective-date line, GitBook's "Last updated", MediaWiki's "last edited" line and a post's
 * author and date are bylines, while dates of related-post cards and suggested topics are furniture; in the forum thread every
 * post's text is body, the usernames and post dates bylines, like and reply counts, Reply buttons, tags and the category
 * furniture; a "See also" list of a wiki page is body, its references, edit links, table of contents (without its numbers, and
 * without bracket and caret marks) and categories furniture; inline code in a paragraph is body; visually-hidden labels (Log
 * in, Cart) are furniture, while Webflow's form success / failure messages and MediaWiki's print footer, hidden by the sites'
 * CSS, are in no list; texts that also occur in the title, headings or body (a breadcrumb or menu item repeating the title, a
 * brand name in the body) are left out of furniture and bylines.
 */
export const HELDOUT463_PAGES: readonly TestPage[] = [...HELDOUT463_A, ...HELDOUT463_B, ...HELDOUT463_C, ...HELDOUT463_D, ...HELDOUT463_E, ...HELDOUT463_F];
