import type { TestPage } from './page-kit.js';
import { HELDOUT4_A } from './pages-heldout4-a.js';
import { HELDOUT4_B } from './pages-heldout4-b.js';
import { HELDOUT4_C } from './pages-heldout4-c.js';

/**
 * Held-out batch 4: 9 pages written AFTER the sprint-9 rules (a government press release, an
 * election live blog, a local news story with an embedded social post and a poll, a WordPress
 * recipe card, a Substack newsletter with footnotes, product docs with a sidebar and "On this
 * page", a Discourse topic in its crawler view, a Stack Exchange question, a MediaWiki article
 * with infobox and navbox) and measured once, with no rule changed afterwards: the honest row of
 * the README.
 */
export const HELDOUT4_PAGES: readonly TestPage[] = [...HELDOUT4_A, ...HELDOUT4_B, ...HELDOUT4_C];

/**
 * The furniture texts the sprint-9 rules leave in batch 4's extraction, as measured the day the
 * batch was written (README). The rules were not changed to remove them: the tests check that
 * nothing else leaks (no byline at all), and that a summary never picks any other furniture.
 */
export const HELDOUT4_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  'heldout4-government-press-release': ['Press office'],
  'heldout4-local-news-embed-poll': [
    'The bridge will be shut to all traffic from Monday. Plan your journey and check the diversion before you set off.',
    'Cornwall Council Highways (@CornwallHighways)',
    'May 13, 2024',
    'Do you think the council should have repaired the bridge outside the summer season?',
    'Yes',
    'No',
    'Not sure',
  ],
  'heldout4-substack-footnotes': ['The idea is borrowed from a teacher of mine, who asked us to review films a month after we saw them.'],
  'heldout4-product-docs-sidebar-toc': ['Tip', 'Use the CLI to forward events to your laptop while you develop.'],
  'heldout4-stack-exchange-qa': ['Asked'],
  'heldout4-mediawiki-infobox-navbox': ['Notes'],
};
