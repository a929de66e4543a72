import type { TestPage } from './page-kit.js';
import { HELDOUT254_A } from './pages-heldout254-a.js';
import { HELDOUT254_B } from './pages-heldout254-b.js';
import { HELDOUT254_C } from './pages-heldout254-c.js';
import { HELDOUT254_D } from './pages-heldout254-d.js';
import { HELDOUT254_E } from './pages-heldout254-e.js';
import { HELDOUT254_F } from './pages-heldout254-f.js';

/**
 * Held-out batch 254, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a foundation's annual-report
 * microsite built with Shorthand (big-number blocks, a scrollmation), a nonprofit's impact story on WordPress with the
 * GeneratePress theme and Jetpack, a community foundation's grant programme page built with Elementor (eligibility icon lists,
 * a deadlines table, an FAQ accordion), a GuideStar / Candid-style organisation profile, a charity register entry on the
 * GOV.UK Design System, a VolunteerMatch-style volunteer opportunity, a GoFundMe-style fundraiser on Next.js with updates and
 * a donor list, a Chronicle of Philanthropy-style news article, a community foundation's press release on Squarespace, a land
 * trust's board minutes converted from PDF by pdf2htmlEX, a mutual-aid thread on Discourse and a nonprofit's Substack post.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the big-number blocks of the annual report are body (number and label as one text);
 * on the grant page the accordion FAQ questions and answers are body, the deadlines table's data cells are body and its header
 * cells in neither list; on data pages (Candid profile, charity register) the key-fact rows are body as "label value" texts,
 * programme names and the section labels are headings, and a fact repeated in the page header (EIN, charity number) is in
 * neither list; the volunteer page's description, duties, requirements, skills and "good fit for" chips are body and its
 * when / where box in the aside is furniture; a fundraiser's story and the organiser's updates are body, the organiser line,
 * "Created" date and update dates bylines, donors, amounts and words of support furniture; a dek or subtitle (news article,
 * Substack) is in neither list; a press release's inline dateline stays in its first body paragraph, its "About" boilerplate
 * is body, its "FOR IMMEDIATE RELEASE" line and media contact furniture; in the pdf2htmlEX minutes each paragraph (joined
 * from its printed lines) is a body text, the motions are body, the agenda-item lines are headings, the meeting date and the
 * "Recorded by" line bylines, the running headers, page numbers and draft stamp furniture (the page has no h1: the title is
 * the large bold title line); on the Discourse thread every post is body and a reply's quote of an earlier post is in neither
 * list; pull quotes inside the article are body, their attribution furniture; newsletter sign-off lines are body.
 */
export const HELDOUT254_PAGES: readonly TestPage[] = [...HELDOUT254_A, ...HELDOUT254_B, ...HELDOUT254_C, ...HELDOUT254_D, ...HELDOUT254_E, ...HELDOUT254_F];
