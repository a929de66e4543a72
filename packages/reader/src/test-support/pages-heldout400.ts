import type { TestPage } from './page-kit.js';
import { HELDOUT400_A } from './pages-heldout400-a.js';
import { HELDOUT400_B } from './pages-heldout400-b.js';
import { HELDOUT400_C } from './pages-heldout400-c.js';
import { HELDOUT400_D } from './pages-heldout400-d.js';
import { HELDOUT400_E } from './pages-heldout400-e.js';
import { HELDOUT400_F } from './pages-heldout400-f.js';

/**
 * Held-out batch 400, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a trade union's pay-offer news
 * story on Drupal 10, a chamber of commerce survey update on Squarespace 7.1, a union branch's news post on WordPress (Astra)
 * with two comments, a nurses' union campaign page built with Elementor, a professional body's member guidance article in a
 * Zendesk Guide help centre, a royal college's short statement on a Next.js site, a bar association's notice on Joomla 4
 * (Cassiopeia), a teachers' union ballot result page on HubSpot CMS with a results table, an engineering institution's CPD
 * page on Webflow, a members' forum thread on Discourse, a union's know-your-rights explainer on Ghost (Casper) and an
 * association's annual conference report on a Wix blog.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, an excerpt under the h1 (Ghost) or a hero paragraph (Webflow,
 * Elementor) is body; a pull quote or testimonial quote inside the article is body, its attribution furniture; a kg-callout
 * card and an expandable kg-toggle card are body, the toggle's question a heading; an inline "Read more:" promo is furniture;
 * table data cells and a results table's caption are body, header cells in neither list; the HubSpot "Key figures" module
 * items are body, its label in neither list; the Elementor eyebrow label ("Campaign"), counters and the petition form are
 * furniture; comments on articles (WordPress, Wix), with their authors and dates, are furniture, except that the WordPress
 * comment authors and dates are listed as bylines; on the Discourse thread every post is body and each poster's name and
 * date is a byline, like counts and the topic map furniture; a notice's closing "By order of the Council." is body; the
 * Joomla "Written by:" and "Published:" lines are bylines, "Category:" and "Hits:" furniture; reading times are bylines.
 */
export const HELDOUT400_PAGES: readonly TestPage[] = [...HELDOUT400_A, ...HELDOUT400_B, ...HELDOUT400_C, ...HELDOUT400_D, ...HELDOUT400_E, ...HELDOUT400_F];
