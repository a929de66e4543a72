import type { TestPage } from './page-kit.js';
import { HELDOUT431_A } from './pages-heldout431-a.js';
import { HELDOUT431_B } from './pages-heldout431-b.js';
import { HELDOUT431_C } from './pages-heldout431-c.js';
import { HELDOUT431_D } from './pages-heldout431-d.js';
import { HELDOUT431_E } from './pages-heldout431-e.js';
import { HELDOUT431_F } from './pages-heldout431-f.js';

/**
 * Held-out batch 431, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GitHub issue saved after
 * hydration with an issue-form description, comments, timeline events and labels; a GitLab issue with a bug-template
 * description and its activity feed of system notes and comments; a Jira (cloud) story with its description, a table, two
 * comments and the fields panel; a Bugzilla bug in the BMO bug_modal template with comments in pre blocks; a Redmine issue
 * with journals that mix property changes and notes; a Launchpad bug with its affected-software table and boardComment
 * comments; a Linear-style public issue rendered by a React app with styled-components class names; a YouTrack issue with
 * its activity stream and fields panel; a Trac 1.6 ticket with its properties table and Change History; a Gitea issue with
 * its Fomantic UI timeline and sidebar; a Chromium-style Issue Tracker page in Angular markup whose main text is short; and
 * a Phabricator Maniphest task with its curtain and timeline.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the title is the summary as its heading shows it, also where the platform
 * puts the summary in an h2 or h3 under a heading of the issue number or project (Trac's "Ticket #1188 closed defect"
 * h1, Redmine's project h1 and "Bug #4312" h2); the issue description and every comment written by a person (reporter,
 * maintainer, bot-posted commit notes written as prose included) are body; section headings written inside the description
 * (issue-form and template sections, remarkup and Markdown headers) are headings; quotes inside a description are body, a
 * caption under such a quote furniture; a code or log block inside a description is body, one entry per block; Bugzilla's
 * pre blocks are split into their paragraphs; a description table's data cells are body, its header cells in neither
 * list; labels, assignees, status and other field values, issue keys and numbers, timeline and system events, field-change
 * lists of journals and activity chips, reactions, vote counts and sign-in prompts are furniture; comment authors, their
 * dates (absolute or relative) and "opened / created / updated / added by" lines are bylines, listed once each even where a
 * name or date repeats; label values that also occur as words of the body are left out of the furniture list.
 */
export const HELDOUT431_PAGES: readonly TestPage[] = [...HELDOUT431_A, ...HELDOUT431_B, ...HELDOUT431_C, ...HELDOUT431_D, ...HELDOUT431_E, ...HELDOUT431_F];
