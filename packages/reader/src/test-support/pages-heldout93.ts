import type { TestPage } from './page-kit.js';
import { HELDOUT93_A } from './pages-heldout93-a.js';
import { HELDOUT93_B } from './pages-heldout93-b.js';
import { HELDOUT93_C } from './pages-heldout93-c.js';
import { HELDOUT93_D } from './pages-heldout93-d.js';
import { HELDOUT93_E } from './pages-heldout93-e.js';
import { HELDOUT93_F } from './pages-heldout93-f.js';

/**
 * Held-out batch 93, written in session 22 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Stack Overflow question closed
 * as a duplicate with the "Highly active question" notice, a Gardening & Landscaping Stack Exchange question with an open
 * bounty and Hot Network Questions, an archived Reddit thread in the current design with a pinned moderator comment and
 * award badges, a Discourse support topic solved and then closed by the timer, a GitHub issue closed and locked with stale
 * and lock bot comments, a XenForo 2 forum thread with signatures and the guest "log in or register" line, a Quora
 * question page with sponsored cards and related questions, an Apple Support Community thread marked as solved with a
 * helpful answer, a Mastodon 4.3 thread with boost and favourite counts, a Lemmy cross-post with voting, an Amazon-style
 * customer reviews page with "Verified Purchase" and "Helpful" buttons, and a Hacker News "Ask HN" thread with flagged and
 * dead comments and a "More" link.
 * Brands, people, places and facts are invented; the markup follows the real templates.
 * Measured once on the round-43 rules with the round-44 news lines of batch 88: 94.9 % / 89.8 %, 4 / 114 bylines, 32 / 783
 * furniture, 1 / 12 summaries with any; training for the round-44 thread boxes (a bounty notice, post notices, an issue's sidebar
 * and locked notices, a reply marked helpful, a link card).
 * Gold conventions beyond the usual ones: bot comments (GitHub's stale and lock bots) are comments and so body, while
 * notices that the platform itself renders around or between posts (duplicate, bounty, archived, closed, locked,
 * returning-user, solved and idle notices) are furniture; an excerpt of a post repeated in a platform box (Discourse's
 * "Solved by" quote, Apple's helpful-answer box, Amazon's top positive / critical reviews) is in neither list; a Lemmy
 * cross-post's quoted original is the post's own text and is body, its "cross-posted from:" line furniture; table data
 * cells are body; an Amazon review's title is body, its star text furniture; the Mastodon thread has no headline, so its
 * title is the browser-tab title the app sets (name and the post's first 49 characters), without the server name;
 * placeholders of hidden comments ("[flagged]", "[dead]", "Comment deleted by user") are furniture; a short furniture text
 * that is also a word of a short gold line is left out (GitHub's "bug" label).
 */
export const HELDOUT93_PAGES: readonly TestPage[] = [...HELDOUT93_A, ...HELDOUT93_B, ...HELDOUT93_C, ...HELDOUT93_D, ...HELDOUT93_E, ...HELDOUT93_F];

/**
 * The byline and furniture texts of batch 93 the round-44 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT93_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // a shop's review page read as its box of top reviews, not its list of reviews (recall 21 %): the box's labels, excerpts' names
  // and the generated summary
  'heldout93-amazon-customer-reviews': [
    'Dorothea W.',
    'Priya',
    'All',
    'Customer reviews',
    'Customers say',
    'Customers like the suction power, runtime and low noise of this handheld vacuum. They mention it is light and easy to empty. Some ' +
      'customers report that the battery capacity fades after several months and that the filter clogs quickly.',
    'AI-generated from the text of customer reviews',
    'Top positive review',
    'All positive reviews ›',
    'Top critical review',
    'All critical reviews ›',
  ],
};
