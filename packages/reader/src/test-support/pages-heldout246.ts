import type { TestPage } from './page-kit.js';
import { HELDOUT246_A } from './pages-heldout246-a.js';
import { HELDOUT246_B } from './pages-heldout246-b.js';
import { HELDOUT246_C } from './pages-heldout246-c.js';
import { HELDOUT246_D } from './pages-heldout246-d.js';
import { HELDOUT246_E } from './pages-heldout246-e.js';
import { HELDOUT246_F } from './pages-heldout246-f.js';

/**
 * Held-out batch 246, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a crypto news article on a
 * CoinDesk-style Next.js site with a price ticker and a "What to know" box, an exchange's help-center article on Zendesk Guide
 * (Copenhagen theme), a DeFi lending protocol's docs page on Docusaurus, a payments company's engineering blog post on Medium,
 * a savings app's blog post built on Webflow, a blockchain explorer's transaction page in the Etherscan style, a governance
 * proposal with three replies on Discourse, a central bank's press release on Drupal 10, a neobank's incident note on Atlassian
 * Statuspage, a personal-finance creator's post on Ghost (Casper theme), a token price page in the CoinGecko style with its
 * "About" section, and a payments API's changelog entry on a ReadMe hub.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst or custom excerpt shown under the h1 (the news dek, Medium's subtitle,
 * Ghost's excerpt) is body; a "What to know" key-points box and callouts, tips and warnings written into the article (Zendesk
 * tip, Docusaurus admonitions, Ghost callout card) are body, their labels ("warning", "tip", "What to know:") furniture; table
 * data cells are body, table header cells in neither list, table captions furniture; on the explorer page, whose main text is
 * the overview, each overview row, label and value together, is one body item and there is no byline; on the token price page
 * only the editorial "About" section is the article (its h2 and h3 are headings), while the price, the statistics table, the
 * generated price summary sentence, the markets table and the disclaimer are furniture; on the Discourse thread every post
 * (including a quoted line inside a reply) is body, usernames and post dates are bylines and user titles furniture; on the
 * Statuspage incident the postmortem and update texts are body, the status labels furniture and each "Posted ..." line a byline;
 * read times count as bylines; Webflow's hidden form success and error messages are in the saved page and are furniture.
 */
export const HELDOUT246_PAGES: readonly TestPage[] = [...HELDOUT246_A, ...HELDOUT246_B, ...HELDOUT246_C, ...HELDOUT246_D, ...HELDOUT246_E, ...HELDOUT246_F];
