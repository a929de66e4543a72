import type { TestPage } from './page-kit.js';
import { HELDOUT399_A } from './pages-heldout399-a.js';
import { HELDOUT399_B } from './pages-heldout399-b.js';
import { HELDOUT399_C } from './pages-heldout399-c.js';
import { HELDOUT399_D } from './pages-heldout399-d.js';
import { HELDOUT399_E } from './pages-heldout399-e.js';
import { HELDOUT399_F } from './pages-heldout399-f.js';

/**
 * Held-out batch 399, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and without
 * running the extractor (or the CLI, the API, the demo or any test) on these pages: an NPS.gov-style park "Current Conditions" page
 * with its alerts box, a Wildlife Trusts-style nature reserve page (Drupal) with a "Know before you go" sidebar, a Parks Canada-style
 * "Plan your visit" page on the Canada.ca GCWeb template with a fees table, a ranger's blog post on a WordPress Astra theme with a
 * pull quote, comments and sidebar, a conservation charity's species project page built with Elementor widgets, a county bird
 * club's hotspot site guide with a sightings and site facts sidebar, a botanical garden's "Plant of the Month" post on Squarespace
 * 7.1, a marine protected area's rules page on the U.S. Web Design System with a summary box and a table, a species reintroduction
 * story on a Guardian-style DCR page, a land trust's news post on Ghost (Casper), an invasive species alert on a Next.js and Tailwind
 * site, and a volunteer work party report as a Discourse topic with replies.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst (DCR) or custom excerpt (Ghost) under the h1 is body; a quote set in the
 * article (Astra pull quote, Squarespace blockquote) is body, its cite furniture; summary-box items (USWDS) are body and the box
 * heading is a heading; table data cells, row header cells included, are body, while column header cells and table captions are
 * furniture, except on the USWDS table, whose column headers ("Fishing", "Diving", "Anchoring") repeat body words and are in neither
 * list; a park's alerts box (titles of the alerts in effect), a reserve's "Know before you go" facts box, a hotspot's site facts and
 * latest-sightings widgets, a "Important bulletin" box, an "On this page" list, Elementor call-to-action and partner carousel widgets
 * and a location line under a reserve's h1 are furniture; "Alerts updated ..." and "Last updated ..." lines, Canada.ca's "Date
 * modified" value (its label is furniture), a site guide's "Guide by ..., revised ..." line, an author's job title next to the
 * byline and Ghost's reading time are bylines; on the Discourse topic every post is body, user names and relative post dates are
 * bylines, topic map labels and counts furniture, and like counts (one digit) are skipped; body-text items that also appear in
 * furniture places (a species named in a tag, a partner named in body prose) are listed only in the body.
 */
export const HELDOUT399_PAGES: readonly TestPage[] = [...HELDOUT399_A, ...HELDOUT399_B, ...HELDOUT399_C, ...HELDOUT399_D, ...HELDOUT399_E, ...HELDOUT399_F];
