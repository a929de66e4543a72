import type { TestPage } from './page-kit.js';
import { HELDOUT322_A } from './pages-heldout322-a.js';
import { HELDOUT322_B } from './pages-heldout322-b.js';
import { HELDOUT322_C } from './pages-heldout322-c.js';
import { HELDOUT322_D } from './pages-heldout322-d.js';
import { HELDOUT322_E } from './pages-heldout322-e.js';
import { HELDOUT322_F } from './pages-heldout322-f.js';

/**
 * Held-out batch 322, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a gym chain's HubSpot CMS blog post
 * on cluster sets, a running club's eight-week 10K plan on Drupal 10 (Olivero) with a week-by-week table, a Strava-style club
 * post writing up a winter relay, a yoga studio's class page on Squarespace 7.1 (short main text), a nutrition coach's Substack
 * post, a smart bike-trainer brand's journal article built with Next.js, a sports-science explainer on RPE on a university
 * sports centre's TerminalFour site, a bodybuilding forum thread on XenForo 2, a physiotherapy clinic's knee exercise guide
 * built with the Wix editor, a wearable maker's Zendesk Help Center article on its recovery score, a men's fitness magazine's
 * listicle of dumbbell exercises on a Hearst-style template, and a free Saturday 5K event's news post on a classic WordPress
 * theme.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subtitle under the h1 (Substack's subtitle, the Next.js journal's dek, the
 * listicle's dek) is body; a pull quote or blockquote inside the article text is body, its attribution line furniture; a
 * callout or note box inside the article (the Zendesk note, the Wix warm-up strip) is body; a table's caption and data cells
 * are body (one entry per cell, the row labels of the plan included), its header cells in neither list; a listicle slide's
 * number is in neither list and its h2 text is a heading; on the Squarespace page the timetable and price lines written as
 * list items in the text block are body, the button, newsletter and announcement blocks furniture; on the XenForo thread the
 * posts are the body, including the quoted text inside a reply (it repeats the first post), while the "said:" label, "Click
 * to expand...", signatures, user titles, join dates and message counts are furniture and usernames and post dates bylines;
 * comments on articles (Strava, Substack, HubSpot, WordPress), with their commenters' names and dates, are furniture; reading
 * times ("6 min read") are furniture; the author's role printed beside the byline and the "Posted on" / "Updated" labels are
 * bylines; inputs' placeholder and value texts are not listed, as they are not page text; one- and two-letter texts and bare
 * counts of two digits are not listed.
 */
export const HELDOUT322_PAGES: readonly TestPage[] = [...HELDOUT322_A, ...HELDOUT322_B, ...HELDOUT322_C, ...HELDOUT322_D, ...HELDOUT322_E, ...HELDOUT322_F];
