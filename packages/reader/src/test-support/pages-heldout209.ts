import type { TestPage } from './page-kit.js';
import { HELDOUT209_A } from './pages-heldout209-a.js';
import { HELDOUT209_B } from './pages-heldout209-b.js';
import { HELDOUT209_C } from './pages-heldout209-c.js';
import { HELDOUT209_D } from './pages-heldout209-d.js';
import { HELDOUT209_E } from './pages-heldout209-e.js';
import { HELDOUT209_F } from './pages-heldout209-f.js';

/**
 * Held-out batch 209, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Rightmove property listing, a
 * Redfin home listing, a Realtor.com news article, a Zoopla "Discover" area guide, a Houzz project discussion with replies, a
 * letting agent's WordPress (GeneratePress) blog post for tenants, a mortgage broker's first-time buyer guide on Webflow, a UK
 * council's LocalGov Drupal page for a major planning application, a landlord forum thread on XenForo 2, a home inspector's
 * WordPress (Astra and Elementor) blog post, a housing charity's housing rights advice page and a brokerage's quarterly market
 * report on a HubSpot CMS blog.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on listing pages the address h1 is the title, key features, remarks and property
 * detail lists are body, "Added on", "Listed by", MLS source and "last checked" / "updated" lines are bylines, and prices,
 * stats, agent cards and calculators are furniture; on Redfin the amenity group labels count as headings; a dek, standfirst,
 * lede or intro is body; table data cells and summary-list values are body, header cells and summary-list keys in neither
 * list; a callout that is part of the advice (the charity's "Urgent help") is body with its label in neither list, while
 * promos and calls to action inside the content (the letting agent's tenant-guide box and FAQ button, the inspector's
 * "Book Your Inspection" box, the report's PDF download form, the council's "Comment on this application" button) are
 * furniture; a pull quote is body, its cite line in neither list; pre blocks are in neither list; "On this page", "In this
 * guide", "Contents" and table-of-contents lists that repeat the headings are left out; the regulatory risk warning and the
 * nation notice above the advice are furniture; a short furniture text that is also a word of a short gold line is left out.
 */
export const HELDOUT209_PAGES: readonly TestPage[] = [...HELDOUT209_A, ...HELDOUT209_B, ...HELDOUT209_C, ...HELDOUT209_D, ...HELDOUT209_E, ...HELDOUT209_F];
