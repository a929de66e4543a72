import type { TestPage } from './page-kit.js';
import { HELDOUT156_A } from './pages-heldout156-a.js';
import { HELDOUT156_B } from './pages-heldout156-b.js';
import { HELDOUT156_C } from './pages-heldout156-c.js';
import { HELDOUT156_D } from './pages-heldout156-d.js';
import { HELDOUT156_E } from './pages-heldout156-e.js';
import { HELDOUT156_F } from './pages-heldout156-f.js';

/**
 * Held-out batch 156, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Atlassian Support (Confluence
 * Cloud) documentation page, a Slack Help Center article, a Zoom Support knowledge-base article, a Dropbox Help Center
 * article, a Mailchimp Help article, a Twilio documentation guide, a Stripe API reference section (Refunds), an Auth0
 * documentation page, a MongoDB Manual page, a Redis documentation page, an Elastic documentation page and a Grafana
 * documentation page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a docs page's lead or description paragraph is body; only the visible panel of a
 * set of tabs is body, hidden tab panels are in neither list and tab labels are furniture; plan or role boxes ("Who can do
 * this?", "Who can use this feature?") and plan-availability or upgrade callouts are furniture, while notes, tips and
 * warnings inside the article are body with their label ("Note", "Tip", "Warning") furniture; a "Before you start" or
 * "Prerequisites" section and a docs page's own "Learn more" list are gold; table data cells are body; in the Stripe API
 * reference the resource h1 is the title, each method's h2 and its "Parameters" / "Returns" subheadings are headings, and
 * parameter names, types, endpoint lists, requests and responses are code (neither list); code sample captions and
 * toolbars are furniture; "Updated" / "Last Updated" dates are bylines; "On this page" and "In this article" lists that
 * repeat the headings are left out (their label is furniture); a short furniture text that is also a word of a short gold
 * line (a heading, a short step) is left out.
 */
export const HELDOUT156_PAGES: readonly TestPage[] = [...HELDOUT156_A, ...HELDOUT156_B, ...HELDOUT156_C, ...HELDOUT156_D, ...HELDOUT156_E, ...HELDOUT156_F];
