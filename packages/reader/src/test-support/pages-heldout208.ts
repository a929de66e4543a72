import type { TestPage } from './page-kit.js';
import { HELDOUT208_A } from './pages-heldout208-a.js';
import { HELDOUT208_B } from './pages-heldout208-b.js';
import { HELDOUT208_C } from './pages-heldout208-c.js';
import { HELDOUT208_D } from './pages-heldout208-d.js';
import { HELDOUT208_E } from './pages-heldout208-e.js';
import { HELDOUT208_F } from './pages-heldout208-f.js';

/**
 * Held-out batch 208, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Greenhouse job board posting,
 * a Lever job posting, a Workable job posting, a Glassdoor company reviews page, a company engineering blog post about its
 * hiring, a Welcome to the Jungle company story, a university career-services guide on Drupal, a Wellfound startup job page,
 * a SmartRecruiters job ad, a USAJOBS job announcement, a recruitment agency's salary guide article on WordPress with
 * Elementor, and a Built In company feature.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a job posting the whole employer-written description is the article (its
 * company intro, pay note and EEO statement included) and the job's location, team, type and workplace labels, apply
 * buttons and application forms are furniture; a posting's pay-range label (Lever's h4), a job announcement's overview
 * facts list and agency contact block, review labels ("Pros", "Cons", "Advice to Management"), pull-quote cite lines and
 * a hiring-path label ("The public") are in neither list, but a USAJOBS announcement's open and closing dates are a
 * byline; on the Glassdoor page each review's title is a heading, its texts and the employer response body, its date and
 * reviewer line bylines; in the Built In feature the interviewee name and title cards are bylines; table data cells are
 * body; FAQ accordion questions (h3) are headings and their hidden answers body; hidden banner panels and noscript texts
 * are furniture.
 */
export const HELDOUT208_PAGES: readonly TestPage[] = [...HELDOUT208_A, ...HELDOUT208_B, ...HELDOUT208_C, ...HELDOUT208_D, ...HELDOUT208_E, ...HELDOUT208_F];
