import type { TestPage } from './page-kit.js';
import { HELDOUT421_A } from './pages-heldout421-a.js';
import { HELDOUT421_B } from './pages-heldout421-b.js';
import { HELDOUT421_C } from './pages-heldout421-c.js';
import { HELDOUT421_D } from './pages-heldout421-d.js';
import { HELDOUT421_E } from './pages-heldout421-e.js';
import { HELDOUT421_F } from './pages-heldout421-f.js';

/**
 * Held-out batch 421, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Mountain Project-style route page
 * with grade, protection, description and comments, a UKClimbing-style logbook crag page, a 27 Crags-style sector page in Nuxt
 * markup, a mountaineering club's hut and route report built with Elementor, an alpine guide's route description on a
 * Squarespace guiding company site, a bouldering gym's setting news on a Wix blog, a phpBB climbing forum thread on a route's
 * condition, a peak's summit register page on a Tailwind peak-bagging site, a via ferrata guide page on a MediaWiki wiki, an
 * avalanche center's forecast with the embedded forecast widget, a climbing area access notice on a GeneratePress WordPress site,
 * and a first-ascent report on a personal Blogger blog.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on route, crag and sector pages the description, approach, location, access and
 * protection texts are body, while the data cells (grade, type, FA, page views, rock type, altitude, route names in the route
 * list, grade chart labels) are furniture; table cells of a route or climbs table, a hut facts table, a wiki infobox and an
 * access closure table are in neither list, but the avalanche danger rating table is the forecast widget's graphic and its cells
 * are furniture; comments on a route or blog post are furniture, while on the phpBB thread the posts are the body and on the
 * summit register page the peak note and the register entries are the body, each entry's signer, date and party-size line
 * being bylines; a reply's quote of an earlier post is not listed again (it repeats body text), its "wrote:" line is furniture,
 * forum ranks, post counts and join dates are furniture and per-post subject lines ("Re: ...") are in neither list; a pull quote
 * in the guide's page and a blockquote in the club report are body; a wiki's "last edited" line, a crag description's "last
 * updated by" line and the avalanche forecast's Issued / Expires / Author labels and values are bylines; on the Blogger page the
 * post title is the h3 Blogger writes and the blog's h1 name is furniture, and "Posted by" and the time are bylines.
 */
export const HELDOUT421_PAGES: readonly TestPage[] = [...HELDOUT421_A, ...HELDOUT421_B, ...HELDOUT421_C, ...HELDOUT421_D, ...HELDOUT421_E, ...HELDOUT421_F];
