import type { TestPage } from './page-kit.js';
import { HELDOUT241_A } from './pages-heldout241-a.js';
import { HELDOUT241_B } from './pages-heldout241-b.js';
import { HELDOUT241_C } from './pages-heldout241-c.js';
import { HELDOUT241_D } from './pages-heldout241-d.js';
import { HELDOUT241_E } from './pages-heldout241-e.js';
import { HELDOUT241_F } from './pages-heldout241-f.js';

/**
 * Held-out batch 241, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests
 * and without running the extractor (or the CLI, the API, the demo or any test) on these pages: an electric utility's
 * storm outage and restoration update on Drupal 10, a city water utility's boil-water notice on CivicPlus CivicEngage
 * (short main text), an energy regulator's decision summary on the GOV.UK Design System, an energy trade news article on
 * an Industry Dive-style template, a solar installer's blog post on WordPress built with Elementor with a quote form (page
 * builder), a statistics agency's "Today in Energy" explainer with a chart and a table (data page), a heat-pump maker's
 * support article on a Zendesk Help Center, an energy supplier's energy-saving tips page built with Next.js (JavaScript
 * framework markup), a community energy co-operative's news post on Squarespace 7.1, an oil and gas trade publication's
 * article on WordPress with the tagDiv Newspaper theme (with comments), a grid operator's conservation-appeal system
 * notice (short main text), and a home-energy forum thread on Discourse (the posts are the body).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a lead / dek paragraph under the h1 (GOV.UK lead paragraph, Industry Dive dek)
 * is body; the Industry Dive "Dive Brief" items are body and its "Dive Brief:" / "Dive Insight:" labels furniture, not
 * headings; table data cells are body and header cells in neither list; a table's own title line ("Table 1. ...") is body,
 * a chart's title, source line and download link are furniture; a table of contents (GOV.UK contents list, Elementor TOC
 * widget) that repeats the headings is in neither list, its label furniture; a warning callout inside a support article
 * and a pull quote inside a post are body; the metadata labels "From:", "Published" and "Notice Date:" with their values
 * are bylines, while a notice's ID, type badge and distribution list are furniture; on the forum thread every post (the
 * question, the accepted answer and the asker's follow-up) is body, the usernames and post dates bylines, the "Solution"
 * mark, like counts and the topic map furniture; on the trade publication the comments under the article are furniture,
 * commenter names and comment dates included; site names that also occur in the body text are left out of the furniture
 * list.
 */
export const HELDOUT241_PAGES: readonly TestPage[] = [...HELDOUT241_A, ...HELDOUT241_B, ...HELDOUT241_C, ...HELDOUT241_D, ...HELDOUT241_E, ...HELDOUT241_F];
