import type { TestPage } from './page-kit.js';
import { HELDOUT436_A } from './pages-heldout436-a.js';
import { HELDOUT436_B } from './pages-heldout436-b.js';
import { HELDOUT436_C } from './pages-heldout436-c.js';
import { HELDOUT436_D } from './pages-heldout436-d.js';
import { HELDOUT436_E } from './pages-heldout436-e.js';
import { HELDOUT436_F } from './pages-heldout436-f.js';

/**
 * Held-out batch 436, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a personal-injury firm's truck
 * accident practice-area page on WordPress (Astra) with a sticky Gravity Forms consultation form, a lawyer's profile page built
 * with Elementor (education and bar admissions), a big firm's client alert on Sitecore SXA with its disclaimer, a family-law
 * blog post on Squarespace 7.1 with a comment, a lawyer's listing with client reviews on a Next.js legal directory, a big
 * firm's insights article with three authors on Adobe Experience Manager, an immigration lawyer's FAQ accordion on Wix, a legal
 * aid society's eviction-defense service page on Drupal 10 (Olivero), an estate-planning firm's Webflow landing page, a law
 * school clinic's news post on a Cascade CMS university site, a legal-tech company's blog post on HubSpot CMS, and a lawyers'
 * forum thread on Discourse.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the FAQ page the accordion's questions are the headings and the answers body
 * (collapsed answers are in the saved page and count); on the directory listing the lawyer's "About" text, practice-area
 * shares, licence lines and the client reviews' texts are body, the review titles, stars, rating badge and contact panel
 * furniture, and each reviewer's "Posted by" line and date bylines; on the profile page the education, bar admission and
 * representative-matter items are body, the role line under the name, contact card and testimonial furniture, and there is no
 * byline; on the landing page the prose sections and the "what every plan includes" list are body, the hero eyebrow, lead
 * form, stats strip, pricing cards and testimonial furniture; a practice page's "Legally reviewed by" and "Updated" lines and
 * a service page's "Last updated" line are bylines; the disclaimers at the end of an alert, article or post ("not legal
 * advice", "prior results") are furniture; key-takeaways boxes, pull quotes and block quotes in the article are body, a pull
 * quote's attribution furniture; table data cells are body, header cells in neither list; a client alert's contacts rail is
 * furniture, not bylines; on the forum thread every post is body, usernames and dates bylines, and a reply's quote of an
 * earlier post (which repeats that post's words) is in neither list, its "username:" header too; comments under the blog post
 * are furniture.
 */
export const HELDOUT436_PAGES: readonly TestPage[] = [...HELDOUT436_A, ...HELDOUT436_B, ...HELDOUT436_C, ...HELDOUT436_D, ...HELDOUT436_E, ...HELDOUT436_F];
