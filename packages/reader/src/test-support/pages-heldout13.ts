import type { TestPage } from './page-kit.js';
import { HELDOUT13_A } from './pages-heldout13-a.js';
import { HELDOUT13_B } from './pages-heldout13-b.js';
import { HELDOUT13_C } from './pages-heldout13-c.js';
import { HELDOUT13_D } from './pages-heldout13-d.js';
import { HELDOUT13_E } from './pages-heldout13-e.js';
import { HELDOUT13_F } from './pages-heldout13-f.js';

/**
 * Held-out batch 13, written in session 12 without reading the reader's rules (src/html), its scripts or its extract
 * tests and without running the extractor (or the CLI, or any test) on these pages: a US federal agency press release on a
 * USWDS site (heldout13-agency-press-release), a local newspaper story on a TownNews BLOX site (heldout13-townnews-local-story),
 * an encyclopedia article in Britannica style (heldout13-encyclopedia-article), a wikiHow-style how-to (heldout13-wikihow-howto),
 * an incident report on an Atlassian Statuspage-style status page (heldout13-statuspage-incident), a XenForo forum thread
 * (heldout13-xenforo-thread), a newsletter issue's web version on beehiiv (heldout13-beehiiv-newsletter), a SaaS company's
 * Terms of Service (heldout13-terms-of-service), a Dreamwidth journal entry with threaded comments (heldout13-dreamwidth-journal),
 * a quarterly earnings release on an investor-relations site (heldout13-earnings-release), a GitLab merge request
 * (heldout13-gitlab-merge-request) and a Python standard library page in the docs.python.org style (heldout13-python-stdlib-docs).
 * Measured once on the round-11 rules: precision 95.6 %, recall 97.1 %, body recall 97.5 %, 2 of 45 bylines and 18 of 456
 * furniture texts on 8 of 12 pages, 1 of 12 default summaries with any (`compare-extractors.ts --leaks`). The round-12 rules
 * were then written while looking at them (training since). Three furniture snippets were taken out of the gold lists for
 * the convention batches 4, 7 and 12 hold (the HTML untouched): a snippet the title or body holds word for word is none
 * (the ToS side nav's "Terms", the status page's "Webhook" tab, the agency's name; comments on the pages).
 */
export const HELDOUT13_PAGES: readonly TestPage[] = [...HELDOUT13_A, ...HELDOUT13_B, ...HELDOUT13_C, ...HELDOUT13_D, ...HELDOUT13_E, ...HELDOUT13_F];

/**
 * The byline and furniture texts the round-12 rules still leave on batch 13, one reason each (extract.test.ts and
 * summary-furniture.test.ts check that nothing else leaks).
 */
export const HELDOUT13_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // the logo's "Brightwell Instruments" is found in the caption over the statement of operations ("BRIGHTWELL INSTRUMENTS,
  // INC.", a short line the gold calls neither, kept with its table of figures): the company's name, not the logo, is read
  'heldout13-earnings-release': ['Brightwell Instruments'],
};
