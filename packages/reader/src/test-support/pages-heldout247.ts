import type { TestPage } from './page-kit.js';
import { HELDOUT247_A } from './pages-heldout247-a.js';
import { HELDOUT247_B } from './pages-heldout247-b.js';
import { HELDOUT247_C } from './pages-heldout247-c.js';
import { HELDOUT247_D } from './pages-heldout247-d.js';
import { HELDOUT247_E } from './pages-heldout247-e.js';
import { HELDOUT247_F } from './pages-heldout247-f.js';

/**
 * Held-out batch 247, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a transit authority's Route 12 /
 * Route 40 detour alert on Drupal 10, a rail operator's engineering-works page on Sitecore with a closures table, an
 * airline's newsroom release on Prezly's Next.js theme, an airport's passenger-information page on Adobe Experience Manager
 * core components with an FAQ accordion, a county council's roadworks notice on LocalGov Drupal, a bike-share system's blog
 * post on Ghost (Casper), a ferry operator's timetable-change notice built with Elementor and a departures table, a
 * transport news site's article on tagDiv's Newspaper theme with comments, a city's mobility-plan consultation on Bang the
 * Table's EngagementHQ, a flight-tracking site's blog post on HubSpot CMS, a transport enthusiasts' forum thread on phpBB
 * (prosilver) and a trip-planner app's help article on Zendesk Guide (Copenhagen).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the data cells of a timetable or closures table are body, one entry a cell, and
 * its header cells are in neither list; the FAQ questions and answers of an accordion inside the article (the airport page)
 * are body, not headings; a release's "About" boilerplate written in the story is body with its heading, while the
 * newsroom's contacts card, attachments and its own "About ... Newsroom" box are furniture; a standfirst, subtitle or
 * excerpt under the h1 (Prezly subtitle, Ghost excerpt) is furniture; an in-body call to action (HubSpot CTA button, Ghost
 * callout "Read more", bookmark card) and a "Read more:" promo paragraph are furniture, while a pull quote is body; the
 * dateline in bold at the start of a release's first paragraph stays inside that body paragraph; "Posted", "Published",
 * "Last updated" and "Last reviewed" lines are bylines as shown (one entry, label included), an "In effect" date range is
 * furniture; on the consultation page the key dates, team contact, documents and FAQ titles in the sidebar are furniture
 * and the page has no byline; on the forum every post is body, a quoted passage in a reply is body (it repeats the first
 * post), post authors and post times are bylines, and ranks, joined dates, post counts, signatures and the quote's
 * "wrote:" are furniture; comments on the news article are furniture and their authors and times too; the Zendesk
 * article's author, date and "Updated" label are bylines; a sidebar entry equal to the page's title is listed in neither.
 */
export const HELDOUT247_PAGES: readonly TestPage[] = [...HELDOUT247_A, ...HELDOUT247_B, ...HELDOUT247_C, ...HELDOUT247_D, ...HELDOUT247_E, ...HELDOUT247_F];
