import type { TestPage } from './page-kit.js';
import { HELDOUT308_A } from './pages-heldout308-a.js';
import { HELDOUT308_B } from './pages-heldout308-b.js';
import { HELDOUT308_C } from './pages-heldout308-c.js';
import { HELDOUT308_D } from './pages-heldout308-d.js';
import { HELDOUT308_E } from './pages-heldout308-e.js';
import { HELDOUT308_F } from './pages-heldout308-f.js';

/**
 * Held-out batch 308, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a broadband provider's incident
 * page on Atlassian Statuspage, a phone carrier's help article on Zendesk Guide (Copenhagen theme), a smartphone review
 * with a spec table on a Future plc (Vanilla) site, a router manual chapter in Oxygen XML WebHelp Responsive output, an
 * ISP's planned-outage notice on a WordPress page built with Elementor Pro, a tech-support thread on a Khoros (Lithium)
 * community, a smartphone launch story on a Next.js news site, a telecoms regulator's consumer guide on GOV.UK, an app's
 * release notes on a GitHub Releases page, a VPN provider's blog post on HubSpot CMS, a device maker's knowledge-base
 * article on Salesforce Experience Cloud, and a printer troubleshooting topic in MadCap Flare HTML5 (Top Navigation) output.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the Statuspage incident the update texts are body and their status labels
 * (Resolved, Monitoring...) furniture, the "Posted ... ago" stamps and dates bylines; on the Khoros thread every post is body,
 * the repeated "Re:" subjects, ranks, kudos and the solved banner furniture, user names and post dates bylines; a standfirst
 * or dek under the h1 (the review's strapline, the news dek, GOV.UK's lead paragraph, the knowledge article's Summary
 * field) is body; review verdict text and pros / cons items are body,
 * the box labels (Verdict, Pros, Cons) furniture; the spec table's value cells are body, its row labels in neither list
 * and its caption furniture; notes and tips inside the article are body, their labels ("Note:",
 * "Tip:") furniture; a MadCap drop-down's body text is body and its hot-spot title furniture; a knowledge article's field
 * labels (Summary, Cause...) rendered as h2 are headings, and its "Applies To" value is body; GOV.UK's "From:" organisation
 * and the Published / Last updated dates are bylines; GitHub's release author and time are bylines and the release body's
 * h2s headings; a blog comment is furniture; contents-list and mini-TOC entries that repeat a heading are in neither list.
 */
export const HELDOUT308_PAGES: readonly TestPage[] = [...HELDOUT308_A, ...HELDOUT308_B, ...HELDOUT308_C, ...HELDOUT308_D, ...HELDOUT308_E, ...HELDOUT308_F];
