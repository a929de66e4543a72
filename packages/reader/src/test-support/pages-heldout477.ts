import type { TestPage } from './page-kit.js';
import { HELDOUT477_A } from './pages-heldout477-a.js';
import { HELDOUT477_B } from './pages-heldout477-b.js';
import { HELDOUT477_C } from './pages-heldout477-c.js';
import { HELDOUT477_D } from './pages-heldout477-d.js';
import { HELDOUT477_E } from './pages-heldout477-e.js';
import { HELDOUT477_F } from './pages-heldout477-f.js';

/**
 * Held-out batch 477, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Upwork-style freelancer profile on
 * Nuxt (air3 classes) with stats sidebar, skills and work history, a Fiverr-style gig page (React) with its package box, FAQ and
 * reviews, a freelance job post on WordPress (WP Job Manager, Jobify theme) with company widget and share bar, a marketplace help
 * article on Zendesk Guide (Copenhagen theme) with section sidebar and votes, a house cleaner's client review page on Squarespace
 * 7.1 with announcement bar and newsletter block, a freelancers' community thread on Discourse with suggested topics, a
 * Preply-style tutor listing on Next.js with cookie banner, schedule, reviews and booking card, a career coach's service page on
 * Wix Bookings, a pros' help article on an Intercom Help Center (interblocks) with reactions, a freelancers' forum thread with an
 * accepted solution on Khoros (Lithium), a Thumbtack-style pro's service listing on a Sharetribe Web Template marketplace with its
 * order panel, and a freelance translation project on an old table-layout project board with its bid table.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a profile's or listing's h1 (the person's name on a profile or tutor page, the gig or
 * service name on a listing) is the title; the tagline or headline under it (the Upwork title line in an h2, the Preply headline
 * in an h2, the Wix tagline, the Intercom article description) is body, like a dek; the profile's or listing's own text (overview,
 * "About me", description, FAQ questions and answers, the employment entries' dates) is body, and the template's section labels
 * heading that own text ("About this gig", "About me", "Service Description", "FAQ", "Employment history") and the employment
 * entries' job titles are headings; facts the template shows as fields (rate, earnings, job success, hours, languages, badges,
 * prices and packages, delivery time, duration, "Details" rows, the project board's budget / ID / status rows, job type) are
 * furniture, while terms the author wrote into the description itself (the job post's location, job type and budget list) are
 * body; reviews and client feedback shown on a profile, gig, tutor page or listing are furniture like comments, and so are their
 * reviewers' names, countries and dates; on the client review page, whose subject is the reviews, each review's title is a heading,
 * its text body and its signature (name, place, month) a byline; forum posts are body, their user names and post dates bylines,
 * user ranks, kudos and like counts, "Accepted Solution" / "Solved!" marks and reply buttons furniture; the seller's name shown
 * with a gig or listing ("Tamsin Orlow", "by Callum B."), a help article's author and "Updated" line, a job post's "Posted" line
 * and the project board's buyer line are bylines, a company or seller named again inside the body is left out of bylines; a
 * help-center callout inside the article (the Zendesk note) is body; table header cells and rows of furniture tables (the bid
 * table, Discourse's suggested topics) are furniture; breadcrumb separators and single-character icons are in no list; a
 * furniture text equal to words of the body (a skill tag, the tag "source-files", "Yes", "About", "Reply") is left out, as the usual rules say.
 */
export const HELDOUT477_PAGES: readonly TestPage[] = [...HELDOUT477_A, ...HELDOUT477_B, ...HELDOUT477_C, ...HELDOUT477_D, ...HELDOUT477_E, ...HELDOUT477_F];
