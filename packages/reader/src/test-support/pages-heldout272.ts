import type { TestPage } from './page-kit.js';
import { HELDOUT272_A } from './pages-heldout272-a.js';
import { HELDOUT272_B } from './pages-heldout272-b.js';
import { HELDOUT272_C } from './pages-heldout272-c.js';
import { HELDOUT272_D } from './pages-heldout272-d.js';
import { HELDOUT272_E } from './pages-heldout272-e.js';
import { HELDOUT272_F } from './pages-heldout272-f.js';

/**
 * Held-out batch 272, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GitHub issue thread with
 * timeline comments, label and "mentioned this issue" events, reactions and the sidebar; a GitLab issue with a table in
 * its description, award emoji, system notes and the right sidebar; a Jira Cloud issue with its description, acceptance
 * criteria and activity comments; a Bugzilla bug page in the bugzilla.mozilla.org template with field modules, comments
 * and a change set; a Launchpad bug with the affected-software table, comments and status-change rows; a Reddit thread
 * in the shreddit web-component markup (shreddit-post, shreddit-comment); an old.reddit thread; a Lemmy thread; a
 * Mastodon thread page (detailed status, the author's follow-ups and replies); a Hacker News "Ask HN" item page; a
 * Lobsters story with its text and comments; and a Microsoft Q&A question on learn.microsoft.com/answers with an accepted
 * answer.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions: the opening post and every reply, comment and answer are body (on GitHub, GitLab, Jira, Bugzilla and
 * Launchpad the description and the comments; a comment under an answer on Q&A is body too); timeline and activity events
 * ("added the bug label", "mentioned this issue", "Changed in ...: status", Bugzilla's field-change sets) are furniture;
 * user names, handles, times, "opened this issue" / "reported by" / "wrote on" lines, "Edited ... by" lines and per-comment
 * point counts on old.reddit (shown in the tagline) are bylines; bare vote, score, reaction and counter numbers, labels,
 * flair, tags and field labels and values of issue sidebars are furniture. Where the page has no h1 for the thread (old.reddit,
 * Hacker News, Lobsters, which show the title as a link or an aria heading) the title is that title line; on Mastodon,
 * whose only h1 is the "Post" column header, the title is the first line of the opening post, written as its own paragraph,
 * and "Post" is furniture. A table in an issue description has its data cells as body and its header cells in neither list;
 * generic one-word controls that also occur inside body text (e.g. "All", "Add") are left out of the furniture list.
 */
export const HELDOUT272_PAGES: readonly TestPage[] = [...HELDOUT272_A, ...HELDOUT272_B, ...HELDOUT272_C, ...HELDOUT272_D, ...HELDOUT272_E, ...HELDOUT272_F];
