import type { TestPage } from './page-kit.js';
import { HELDOUT4_A } from './pages-heldout4-a.js';
import { HELDOUT4_B } from './pages-heldout4-b.js';
import { HELDOUT4_C } from './pages-heldout4-c.js';

/**
 * Held-out batch 4: 9 pages written AFTER the sprint-9 rules (a government press release, an
 * election live blog, a local news story with an embedded social post and a poll, a WordPress
 * recipe card, a Substack newsletter with footnotes, product docs with a sidebar and "On this
 * page", a Discourse topic in its crawler view, a Stack Exchange question, a MediaWiki article
 * with infobox and navbox) and measured once with the sprint-9 rules (the README keeps those
 * figures). Training data since: the layout-box fix of session 8 and the session-9 rules for
 * embedded posts, polls, labels and notes were written while looking at these pages.
 */
export const HELDOUT4_PAGES: readonly TestPage[] = [...HELDOUT4_A, ...HELDOUT4_B, ...HELDOUT4_C];

/**
 * The furniture texts the reader still leaves in batch 4's extraction (README). As measured the
 * day the batch was written (sprint-9 rules): "Press office", an embedded social post (its text,
 * author and date), a reader poll (question and options), a Substack footnote, a docs callout
 * ("Tip" and its line) and a wiki "Notes" heading, on 6 of the 9 pages; the session-9 rules
 * (embeds.ts, labels.ts, empty headings, notes) were written against those classes and leave
 * none. The tests check that nothing else leaks (no byline at all), and that a summary never
 * picks any other furniture.
 */
export const HELDOUT4_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {};
