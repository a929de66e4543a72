import type { TestPage } from './page-kit.js';
import { HELDOUT235_A } from './pages-heldout235-a.js';
import { HELDOUT235_B } from './pages-heldout235-b.js';
import { HELDOUT235_C } from './pages-heldout235-c.js';
import { HELDOUT235_D } from './pages-heldout235-d.js';
import { HELDOUT235_E } from './pages-heldout235-e.js';
import { HELDOUT235_F } from './pages-heldout235-f.js';

/**
 * Held-out batch 235, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Atlassian Statuspage incident
 * page, a cloud provider's status history post-incident review, a company engineering blog postmortem, a Downdetector-style
 * outage page with user reports, a GitHub Status (Statuspage) incident page, a bank's service disruption notice, a game's
 * server status news post with patch notes, a university IT service alert, an ISP's network status page, a payment provider's
 * incident report in its docs, a SaaS status RSS item rendered in a web feed reader and a public transport app's disruption item.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: Statuspage update labels (Resolved, Investigating...) are in neither list, their
 * "Posted" times are bylines and the "This incident affected" line is body; in the RSS item each update's label is part of its
 * paragraph (body) and its time is a byline; a status page's incident metadata (reference, priority, severity pills, affected
 * stop lists) is furniture; on the Downdetector-style page the user reports are body (thread convention) and the page's intro
 * lines are body; "Updates" lists on alerts are body. Written under a 15-minute limit, so articles are near 300 words.
 */
export const HELDOUT235_PAGES: readonly TestPage[] = [...HELDOUT235_A, ...HELDOUT235_B, ...HELDOUT235_C, ...HELDOUT235_D, ...HELDOUT235_E, ...HELDOUT235_F];
