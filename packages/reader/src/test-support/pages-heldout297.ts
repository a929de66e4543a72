import type { TestPage } from './page-kit.js';
import { HELDOUT297_A } from './pages-heldout297-a.js';
import { HELDOUT297_B } from './pages-heldout297-b.js';
import { HELDOUT297_C } from './pages-heldout297-c.js';
import { HELDOUT297_D } from './pages-heldout297-d.js';
import { HELDOUT297_E } from './pages-heldout297-e.js';
import { HELDOUT297_F } from './pages-heldout297-f.js';

/**
 * Held-out batch 297, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Change.org petition saved from
 * its React app, a GoFundMe fundraiser with an organiser's update (Next.js), an Action Network letter campaign (short main
 * text), a union's news story on Drupal with a pay table and a quote, a campaign group's report landing page built with
 * Elementor, an environmental NGO's press release on Squarespace, a human-rights organisation's urgent action on a WordPress
 * block theme, a city-council candidate's campaign blog on NationBuilder with comments, a JustGiving crowdfunding page with
 * rewards and supporter messages, a food network's volunteer-recruitment listing on Webflow, a homelessness charity's winter
 * appeal with GiveWP donation widgets, and a local campaign's Facebook page update saved as HTML.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a petition's story, a fundraiser's description and a crowdfunder's story are body, and
 * platform labels over them ("Why this petition matters") furniture; an organiser's update on GoFundMe is body, its date and
 * author bylines; the letter an action page or urgent action asks readers to send (salutation and sign-off included) is body,
 * but the "Letter to be sent" / "To:" labels, the "[Your Name]" placeholder and the "Send to:" address line are furniture; an
 * urgent action's closing fields (preferred language, deadline, name and pronoun) are body; a starter or organiser line
 * ("X started this petition to Y", "X is organizing this fundraiser.") and "Created 9 d ago" / "Page created by ... on ..." /
 * "Page last updated ..." lines are bylines; a press release's dateline, shown bold at the start of its first paragraph, is a
 * byline and the rest of that paragraph body, while "FOR IMMEDIATE RELEASE", the media contact and the "About ..." boilerplate
 * after ### are furniture; on the report landing page and the volunteer listing, every key finding, role summary and role's
 * location / time line is body and the role names are headings (h3), while download buttons, counters and "Apply for this role"
 * are furniture; table data cells and table captions are body, header cells in neither list; donation levels' "could provide"
 * labels, progress totals, reward tiers and supporter messages are furniture; on the Facebook page the title is the page name
 * in the h1, the post's text is body, and the post's author link (the same page name) is in neither list, its timestamp a byline.
 */
export const HELDOUT297_PAGES: readonly TestPage[] = [...HELDOUT297_A, ...HELDOUT297_B, ...HELDOUT297_C, ...HELDOUT297_D, ...HELDOUT297_E, ...HELDOUT297_F];
