import type { TestPage } from './page-kit.js';
import { HELDOUT396_A } from './pages-heldout396-a.js';
import { HELDOUT396_B } from './pages-heldout396-b.js';
import { HELDOUT396_C } from './pages-heldout396-c.js';
import { HELDOUT396_D } from './pages-heldout396-d.js';
import { HELDOUT396_E } from './pages-heldout396-e.js';
import { HELDOUT396_F } from './pages-heldout396-f.js';

/**
 * Held-out batch 396, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a finance ministry's budget
 * statement as a GOV.UK speech, a city budget explainer with a department table on a CivicPlus CivicEngage site, a cost
 * estimate of a legislative budget office on Drupal (a data page with a short text and an estimate table), a parliamentary
 * budget officer's report summary on the Canada.ca GCWeb template, a national audit office's report page on a WordPress theme
 * with Yoast schema, a think tank's tax policy brief built with Webflow, a spending review news release on a Cision newswire
 * page, a participatory budgeting project page on Decidim (a project page with short text, vote box and comments), a
 * municipal bond offering notice on a Next.js investor-relations site with CSS-module class names, a council tax explainer
 * on a LocalGov Drupal guide page with a band table, a public pension fund's annual update built with Elementor (page
 * builder), and an economist's fiscal post on Substack with footnotes and comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, dek or subtitle under the h1 (GOV.UK lead paragraph, Webflow dek,
 * newswire subtitle, Substack subtitle) is body; table data cells are body (one entry each, one- and two-letter cells
 * skipped), the table header cells and table captions in neither list, a note under a table is body; pull quotes and
 * block quotes inside the article are body; counter widgets that state the article's key figures (Elementor) are body,
 * while a sidebar card that repeats an offering's key terms (Next.js bond page) is furniture; footnotes of a blog post
 * are body; a newswire release's inline dateline ("HALDANE CITY, ON, March 4, 2026 /CNW/ -") is a byline and the rest
 * of that first paragraph body, its "SOURCE" line and media contact furniture; a cost estimate's "As ordered reported by
 * ... on <date>" line and its "Estimate prepared by / reviewed by" lines are bylines, as are a report's "Audit team" line,
 * a report summary's "Prepared by" line and "Last updated" / "Page last updated" / "Posted" / "Date modified" dates; the
 * proposer of a participatory budgeting project is its byline, its budget amount, vote button and support count
 * furniture; author job titles, type labels ("Speech", "Cost Estimate", "Policy Brief"), contents lists that repeat
 * the headings, hidden form success / failure messages and a hidden disclaimer modal are furniture; comments on a post
 * or project are furniture.
 */
export const HELDOUT396_PAGES: readonly TestPage[] = [...HELDOUT396_A, ...HELDOUT396_B, ...HELDOUT396_C, ...HELDOUT396_D, ...HELDOUT396_E, ...HELDOUT396_F];
