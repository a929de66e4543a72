import type { TestPage } from './page-kit.js';
import { HELDOUT572_A } from './pages-heldout572-a.js';
import { HELDOUT572_B } from './pages-heldout572-b.js';
import { HELDOUT572_C } from './pages-heldout572-c.js';
import { HELDOUT572_D } from './pages-heldout572-d.js';
import { HELDOUT572_E } from './pages-heldout572-e.js';
import { HELDOUT572_F } from './pages-heldout572-f.js';

/**
 * Held-out batch 572, written in session 42 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a detached house for sale on
 * WordPress with the Houzez theme, a landlord fees page with a fees table on Squarespace 7.1, a lettings market update on a
 * HubSpot CMS blog with a rent table, a tenant guide on Wix, a flat to rent on a Next.js agency site, an area guide on Webflow,
 * a house-price market update on Ghost (Casper), a landlord FAQ accordion built with Elementor on Hello Elementor, a "properties
 * to let" list on an old table-layout site, a tenant deposit guide on Drupal 10 (Olivero) with a comment, a short agency news
 * post on Hugo (PaperMod), and a landlord forum thread on Discourse as served to crawlers.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a property listing the article is the title, the address and price lines under
 * it (body), the description, the features list and the material or letting information list (body, their section headings
 * headings); the listing's key-facts strip (property type, bedroom / bathroom / garage counts, floor area, year built, property
 * ID), gallery and photo counts, status labels ("For Sale", "New instruction"), the map, floor plan, mortgage calculator, agent
 * or enquiry panel, save / share / print tools and similar listings are furniture, with their headings; each table data row is
 * one body entry, its cells joined by a space, and a table's header row is in neither list, whether it is written with th or
 * as a first row of bold td labels; on the table-layout list each property's address, rent and description lines are three
 * body entries (the bold address is not a heading element, so it is not a heading) and its "Full Details | Arrange Viewing"
 * links furniture; an FAQ question written as an accordion title (not a heading element) is a body entry followed by its
 * answer, and collapsed accordion answers are body; a standfirst or intro under the h1 is body; a call-to-action band after the
 * article (a heading such as "Ready to let your property?" with its button) is furniture even inside the page builder's
 * content; reading times ("3 min read", "1 min") are furniture, author names and dates bylines, and an "Updated" label
 * beside its date a byline; comments under the Drupal article are furniture, their author and time included; on the forum
 * thread every post's paragraphs are body and its user name and date bylines, like counts, category, tags and the related
 * topics table (headers, titles, counts, dates) furniture; skip links are furniture, while other screen-reader-only texts
 * (visually-hidden labels, Wix's "top of page") and form success / error messages hidden until a form is sent are in neither
 * list; Houzez's mortgage figure and form labels are furniture, form placeholders and values in neither list.
 */
export const HELDOUT572_PAGES: readonly TestPage[] = [...HELDOUT572_A, ...HELDOUT572_B, ...HELDOUT572_C, ...HELDOUT572_D, ...HELDOUT572_E, ...HELDOUT572_F];
