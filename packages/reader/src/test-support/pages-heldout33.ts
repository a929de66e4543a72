import type { TestPage } from './page-kit.js';
import { HELDOUT33_A } from './pages-heldout33-a.js';
import { HELDOUT33_B } from './pages-heldout33-b.js';
import { HELDOUT33_C } from './pages-heldout33-c.js';
import { HELDOUT33_D } from './pages-heldout33-d.js';
import { HELDOUT33_E } from './pages-heldout33-e.js';
import { HELDOUT33_F } from './pages-heldout33-f.js';

/**
 * Held-out batch 33, written in session 16 without reading the reader's rules (src/html), its scripts, README or extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: help-center and documentation templates,
 * a Zendesk Guide article on the Copenhagen theme, an Intercom help-center article, a Freshdesk solution article on the
 * classic portal, a Help Scout Docs article, a Google Help Center answer (support.google.com), an Apple Support article
 * (support.apple.com), an Atlassian Support documentation page, a VitePress default-theme guide page, a Nextra 4 docs page,
 * an Antora default-UI page, a Doxygen related page written in Markdown, and a Redocly API guide (prose, not an endpoint
 * reference). Products, facts and people are invented.
 * Measured once on the round-30 rules (session 16, before any rule looked at it): precision 97.8 %, recall 93.6 %, body recall
 * 94.1 %, 1 of 13 bylines and 4 of 369 furniture texts on 4 of 12 pages, 1 of 12 default summaries with any. The round-31 rules
 * (session 16) were tuned on it: training since (no gold changed; the Atlassian box's "Role: Space admin" lines are read as a
 * label-value record, data, and the Freshdesk fee table's short cells share a line per row: both stay below 100 % recall).
 */
export const HELDOUT33_PAGES: readonly TestPage[] = [...HELDOUT33_A, ...HELDOUT33_B, ...HELDOUT33_C, ...HELDOUT33_D, ...HELDOUT33_E, ...HELDOUT33_F];

/**
 * The byline and furniture texts of batch 33 the round-31 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list). None.
 */
export const HELDOUT33_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {};
