import type { TestPage } from './page-kit.js';
import { HELDOUT347_A } from './pages-heldout347-a.js';
import { HELDOUT347_B } from './pages-heldout347-b.js';
import { HELDOUT347_C } from './pages-heldout347-c.js';
import { HELDOUT347_D } from './pages-heldout347-d.js';
import { HELDOUT347_E } from './pages-heldout347-e.js';
import { HELDOUT347_F } from './pages-heldout347-f.js';

/**
 * Held-out batch 347, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: tax and accounting. An HMRC
 * internal manual section on GOV.UK, an IRS publication chapter with a rate table on IRS.gov, a GST/HST guide on Canada.ca
 * (GCWeb), an accountant's blog post on WordPress (Astra) with comments, a tax software help article on a Zendesk Help Center
 * (Copenhagen), a payroll provider's knowledge-base article on Help Scout Docs, an "Any Answers" thread on a Drupal accounting
 * community in the AccountingWEB style, a tax news story on an Arc XP trade journal, a self-assessment deadline explainer on
 * Ghost (Casper), a crypto-tax guide on a Next.js site, a bookkeeping SaaS blog post on Webflow, and a take-home pay
 * calculator page with explanatory text on Squarespace 7.1 (Fluid Engine).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst shown under the h1 (Arc XP subheadline, Ghost excerpt) is body; a
 * table's caption and data rows are body (each row one entry, its cells joined by a space), header cells in neither list;
 * callouts and notes inside the article text (Zendesk warning note, Ghost callout card) are body, but a product promo box and
 * a legal disclaimer box inside the article (Next.js guide) are furniture, as is an inline "Read more:" link; a pull quote
 * inside the text (WordPress, Webflow) is body; on the forum thread the question and every reply are body, poster names and
 * post dates bylines, join dates and thanks counts furniture; comments under a blog post, with their authors and dates, are
 * furniture; "On this page" links that repeat the article's headings are in neither list (only the label is furniture); a
 * calculator widget's labels and sample results are furniture, its page's explanatory text body; the GOV.UK manual's
 * "From:" organisation and the Canada.ca "From:" line are furniture, their dates bylines; reading times are bylines; a
 * page-wide alert box above the body (Canada.ca) is furniture; repeated menu texts are listed once.
 */
export const HELDOUT347_PAGES: readonly TestPage[] = [...HELDOUT347_A, ...HELDOUT347_B, ...HELDOUT347_C, ...HELDOUT347_D, ...HELDOUT347_E, ...HELDOUT347_F];
