import type { TestPage } from './page-kit.js';
import { HELDOUT190_A } from './pages-heldout190-a.js';
import { HELDOUT190_B } from './pages-heldout190-b.js';
import { HELDOUT190_C } from './pages-heldout190-c.js';
import { HELDOUT190_D } from './pages-heldout190-d.js';
import { HELDOUT190_E } from './pages-heldout190-e.js';
import { HELDOUT190_F } from './pages-heldout190-f.js';

/**
 * Held-out batch 190, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a NerdWallet article, a Bankrate
 * explainer, a Motley Fool stock article, a Kiplinger article (Future plc Vanilla platform), a MoneySavingExpert guide, a
 * Which? consumer rights advice page, a credit union's WordPress blog post, an Investor.gov investor alert (USWDS Drupal), an
 * insurance company's advice article (Adobe Experience Manager core components), a Fidelity Viewpoints-style brokerage
 * article, a tax software company's help article and a price-comparison site's guide.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or standfirst is body; a "Key takeaways" / "Key Points" / "Nerdy takeaways"
 * summary box written by the article's author is body, its label a heading; "On this page" / "In this guide" lists that repeat
 * the headings are left out; partner product tables, quote cards, calculators, in-body "Read more" / "Related" cross-links,
 * sign-up forms and pitch boxes inside the article are furniture; an author's holdings disclosure and the legal disclosures at
 * the end of brokerage, insurance and comparison pages are furniture; the staff disclaimer that closes the investor alert is
 * in neither list; "Was this helpful?" widgets are furniture; FAQ questions in an article's own FAQ section are headings and
 * their answers body, even where the answers sit in collapsed accordion panels; a help article's product tab labels are in
 * neither list and the steps of every tab panel, hidden or not, are body; a short furniture text that is also a word or
 * phrase of a short gold line (a heading, the title, a short list item) is left out.
 */
export const HELDOUT190_PAGES: readonly TestPage[] = [...HELDOUT190_A, ...HELDOUT190_B, ...HELDOUT190_C, ...HELDOUT190_D, ...HELDOUT190_E, ...HELDOUT190_F];
