import type { TestPage } from './page-kit.js';
import { HELDOUT383_A } from './pages-heldout383-a.js';
import { HELDOUT383_B } from './pages-heldout383-b.js';
import { HELDOUT383_C } from './pages-heldout383-c.js';
import { HELDOUT383_D } from './pages-heldout383-d.js';
import { HELDOUT383_E } from './pages-heldout383-e.js';
import { HELDOUT383_F } from './pages-heldout383-f.js';

/**
 * Held-out batch 383, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a PolitiFact-style rating page with
 * its statement box and "If Your Time is short" box, a Snopes-style fact check with its claim / rating box, a FactCheck.org-style
 * article with Quick Take and Full Story, an AFP Fact Check-style story on Drupal with screenshots and an "Updated" line, a
 * Full Fact-style check on a claim about wages with its claim / verdict cards and a data table, a community notes explainer on
 * Docusaurus, a newsroom's verification guide saved from a Next.js site, a fact-checker's methodology page built with
 * Elementor, a corrections policy page on Ghost's Casper theme, a Gannett-style fact check on a viral AI image with its rating
 * box, a weekly fact-check roundup on Substack with comments, and a fact-check database search result page built with Angular.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the claim under review, as a claim box or statement box shows it, is body, and so
 * are the verdict or explanation sentences of a claim / verdict / rating box, while the box labels ("Claim:", "Our verdict",
 * "Our rating:") are furniture; the bare rating words of a rating box or meter ("False", "Altered") are in neither list, as
 * the body's own ruling restates them; a PolitiFact-style speaker name is furniture and its "stated on" line a byline; the
 * "If Your Time is short", Quick Take and admonition boxes are body (Quick Take is a heading there, as the page shows it as
 * an h2); a deck or subtitle under the h1 (Snopes-style, Substack) is body; sources lists at the end of a check are furniture;
 * table data cells are body and table header cells are in neither list; a team or desk name shown under the author's name is
 * a byline; comments on the Substack post, with their authors and dates, are furniture; the Docusaurus sidebar, breadcrumb
 * and table-of-contents entries that repeat the title or headings are in neither list; on the search result page the h1 is
 * the title, each result's claim text, "<publisher> rating: <rating>" line and review title are body, and its "Claim by ...:"
 * line and date are bylines; pages without an author or date (Elementor methodology, Ghost policy) have no bylines.
 */
export const HELDOUT383_PAGES: readonly TestPage[] = [...HELDOUT383_A, ...HELDOUT383_B, ...HELDOUT383_C, ...HELDOUT383_D, ...HELDOUT383_E, ...HELDOUT383_F];
