import type { TestPage } from './page-kit.js';
import { HELDOUT245_A } from './pages-heldout245-a.js';
import { HELDOUT245_B } from './pages-heldout245-b.js';
import { HELDOUT245_C } from './pages-heldout245-c.js';
import { HELDOUT245_D } from './pages-heldout245-d.js';
import { HELDOUT245_E } from './pages-heldout245-e.js';
import { HELDOUT245_F } from './pages-heldout245-f.js';

/**
 * Held-out batch 245, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a TV episode recap on a
 * Clay CMS entertainment site (Vulture-style), a film review on a critic's Substack, a streaming service's help-center article
 * on Zendesk Guide, a film database title page in IMDb-style Next.js markup with its cast list, a review with likes and
 * comments on a Letterboxd-style film diary site, a Fandom wiki episode page, a cinema chain's film page with showtimes built
 * with Nuxt, a film festival's programme entry built with the Elementor page builder on WordPress, a TV network's press
 * release on a Drupal press site, a trade paper's weekend box-office report on a PMC-style WordPress theme (Variety/Deadline-
 * style), a podcast-and-video creator's newsletter post on beehiiv, and a home-cinema forum thread on XenForo 2 (AVS
 * Forum-style).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a subtitle or standfirst written under the h1 by the author (Substack's subtitle,
 * the press release's subtitle field, beehiiv's subtitle) is body; a recap's show / season / episode box, star rating and
 * rubric are furniture; a pull quote repeated from nowhere else in the text is body; on the film database page the plot line,
 * the director and writer lines, the cast items (actor and character), the storyline paragraphs, the tagline item and the
 * "Details" items (label and value together) are body and "Top cast", "Storyline" and "Details" are headings, while ratings,
 * popularity, genre chips, media counts, user reviews and the "More like this" rail are furniture; a data table's rows are body
 * (one entry a row, cells in order) and its header cells in neither list; a help-center note callout is body; the Fandom
 * infobox, table of contents, navbox, categories and comments are furniture; on the cinema page the synopsis and the
 * programmer's note are body, its sign-off line a byline, and showtimes, formats, flags, the facts list (director, cast,
 * country, release date) and the membership promo are furniture; on the festival entry the film's facts, the screenings and
 * the programme-note credit (a byline) are outside the body, the content note is body; a press release's "###" end mark and
 * media contacts are furniture, its "About" boilerplate body with its h3 as a heading; a newsletter's sponsor block, podcast
 * and video embed captions are furniture, its greeting and sign-off body; on the forum thread every post is body, a quoted
 * excerpt of an earlier post is in neither list (its text is already body), the quote's "said:" line, user titles, join
 * dates, message counts, locations and signatures are furniture, and post dates, author names and the "Last edited" line are
 * bylines; the Letterboxd-style review's "Watched" date line is a byline and its comments are furniture; a text that also
 * occurs inside a body text (a cast name in the plot, a date in the lead) is left out of the furniture list.
 */
export const HELDOUT245_PAGES: readonly TestPage[] = [...HELDOUT245_A, ...HELDOUT245_B, ...HELDOUT245_C, ...HELDOUT245_D, ...HELDOUT245_E, ...HELDOUT245_F];
