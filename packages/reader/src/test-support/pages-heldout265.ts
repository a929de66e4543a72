import type { TestPage } from './page-kit.js';
import { HELDOUT265_A } from './pages-heldout265-a.js';
import { HELDOUT265_B } from './pages-heldout265-b.js';
import { HELDOUT265_C } from './pages-heldout265-c.js';
import { HELDOUT265_D } from './pages-heldout265-d.js';
import { HELDOUT265_E } from './pages-heldout265-e.js';
import { HELDOUT265_F } from './pages-heldout265-f.js';

/**
 * Held-out batch 265, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Stack Overflow question in the
 * current Stacks template with code blocks, comments, an accepted and a second answer; a Super User question with a
 * protected-question notice, a bounty notice, a quoted vendor manual and numbered steps; a Quora answer page in React
 * q-box markup with no h1; a new-Reddit thread in shreddit web components with nested comments; a Hacker News "Ask HN"
 * item page in the table layout with no h1; a Lobsters story with a short story text and nested comments; a Slashdot
 * story with its quoted summary and scored comments; a Tom's Hardware thread on XenForo 2 with a quoted reply and a
 * solution post; an Apple Support Communities thread with a "Best reply" box; a Microsoft Community (Answers) thread
 * with an Independent Advisor's steps and the reply feedback widget; an Ask Ubuntu question saved in the legacy (2018)
 * table-based Stack Exchange template; and a Steam Community discussion topic with a developer reply.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on every page the question, the answers, the replies and the comments under
 * them are body (comments on Q&A posts included), since the posts are the page's text. Where the page has no h1
 * (Quora's q-text title div, Hacker News' titleline, Lobsters' role="heading" span, Slashdot's h2 story title, Steam's
 * topic div) the title is the text the page shows as the thread's title. A status label inside the h1 (XenForo's
 * "Solved!") is part of the title. Code blocks inside posts are body, one entry per block. A quoted excerpt of an earlier
 * post inside a reply is body again, its "said:" line and "Click to expand..." furniture. The Apple "Best reply" box
 * repeats the start of a reply: its text is body (listed once), its label furniture. Usernames, dates, "Posted on",
 * "Replied on", "Created on", "Last updated" and the Slashdot "Posted by ... dept." line are bylines; user titles, levels,
 * role badges, reputation and vote counts, join dates and message counts are furniture. Slashdot comment subject lines
 * (with their score) and the Microsoft "Original title:" line are furniture. Section headings written inside a post (the
 * Reddit post's h3s) are headings. Reddit post flair and Lobsters / Stack Exchange tags are furniture. A menu, tag or
 * breadcrumb text that also occurs as a word in the body (a tag like "systemd", a nav item like "Mac") is left out of
 * the furniture list so that the two lists never overlap; it stays in the page.
 */
export const HELDOUT265_PAGES: readonly TestPage[] = [...HELDOUT265_A, ...HELDOUT265_B, ...HELDOUT265_C, ...HELDOUT265_D, ...HELDOUT265_E, ...HELDOUT265_F];
