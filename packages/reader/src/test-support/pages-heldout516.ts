import type { TestPage } from './page-kit.js';
import { HELDOUT516_A } from './pages-heldout516-a.js';
import { HELDOUT516_B } from './pages-heldout516-b.js';
import { HELDOUT516_C } from './pages-heldout516-c.js';
import { HELDOUT516_D } from './pages-heldout516-d.js';
import { HELDOUT516_E } from './pages-heldout516-e.js';
import { HELDOUT516_F } from './pages-heldout516-f.js';

/**
 * Held-out batch 516, written in session 40 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a wedding photographer's package
 * page on Squarespace 7.1 (fluid engine), a portrait studio's session guide on the Wix Blog, a wedding videographer's client FAQ
 * built with Elementor (classic accordion), a wedding portfolio story on a Showit site with its WordPress blog, a
 * photographer's booking terms on WordPress with a Flothemes theme, a headshot studio's short session and price page on
 * Format, a newborn photographer's preparation guide on a Pixieset website, a wedding film studio's long journal post on
 * Ghost (Casper), a video production studio's process page on Webflow, an album printer's journal article on Shopify (Dawn),
 * a family portrait studio's policies page on an old FrontPage table layout, and a corporate video studio's blog post on
 * HubSpot CMS.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a package's name is a heading and its price line and included items are body; FAQ
 * questions are headings (whatever their tag, here the accordion's title links) under the FAQ's group headings, and their
 * answers body even though collapsed; the numbered steps of a process page are headings, with their number ("01 — ...") kept;
 * the bold paragraph headings of the table-layout page are headings; a lead or standfirst under the h1 (Ghost's excerpt, the
 * Webflow hero paragraph, the Squarespace intro) is body, while an eyebrow or kicker above the h1 ("The small print", "Client
 * guide", "Process") is furniture; table data rows are body, one entry a row with its cells joined by spaces, header cells in
 * neither list; a portfolio story's vendor credits under its own heading are body; a callout card inside the article is body,
 * a bookmark card and a video embed's caption are furniture; calls to action inside or after the article (Inquire, Book a
 * session, an inline HubSpot CTA, a closing "Ready to book?" or "Have a film in mind?" box with its heading and button) are
 * furniture, as are testimonials in their own section and a featured product after a shop article; reading times, view and
 * comment counts and tags are furniture, the author name and post date bylines; a closing italic line of the terms page is
 * body; screen-reader-only text (skip links, visually-hidden labels) is furniture, text hidden by a hidden attribute, an
 * inline display:none or aria-hidden copy of a menu is in neither list, and text hidden only by the stylesheet (a closed
 * cart drawer) is furniture; furniture and bylines that are also part of the title, a heading or a body entry as whole words
 * are left out by the batch kit's finish().
 */
export const HELDOUT516_PAGES: readonly TestPage[] = [...HELDOUT516_A, ...HELDOUT516_B, ...HELDOUT516_C, ...HELDOUT516_D, ...HELDOUT516_E, ...HELDOUT516_F];
