import type { TestPage } from './page-kit.js';
import { HELDOUT346_A } from './pages-heldout346-a.js';
import { HELDOUT346_B } from './pages-heldout346-b.js';
import { HELDOUT346_C } from './pages-heldout346-c.js';
import { HELDOUT346_D } from './pages-heldout346-d.js';
import { HELDOUT346_E } from './pages-heldout346-e.js';
import { HELDOUT346_F } from './pages-heldout346-f.js';

/**
 * Held-out batch 346, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Which?-style consumer rights
 * guide on late deliveries, a Citizens Advice-style page on faulty goods, a GOV.UK multi-part guide on making a court claim
 * for money, a Financial Ombudsman Service-style published decision, a county council's trading standards scam alert on
 * LocalGov Drupal, a MoneySavingExpert-style forum thread on Vanilla, an airline-compensation claims company's blog post
 * built with WordPress and Elementor, an FTC-style enforcement press release on Drupal with USWDS, a complaint-letter
 * template page on a Next.js site, a CPSC-style product-safety recall notice, a consumer magazine's investigation on an
 * Arc XP (Fusion) template, and a Trustpilot-style company page on Next.js.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, subheadline or press-release subtitle is body; a key-points box
 * and an "Important" callout inside the article are body, their labels furniture; table header cells, the CPSC recall's
 * field labels ("Hazard:", "Remedy:" ...) and the ombudsman decision's reference table are in neither list, except that
 * reference table's values are furniture and the recall's field values are body; the GOV.UK guide's part title (a second
 * h1) is a heading, and the part list item equal to it is in neither list; table-of-contents items that repeat a heading
 * are in neither list, shortened ones are furniture; the forum thread's first post, replies and the quoted text inside a
 * reply are body, the quote's "said:" line, ranks, post counts and signatures furniture, the posters' names and post dates
 * bylines; the complaint template's letter is body; on the Trustpilot page the company's "About" text is the article and
 * the reviews, reviewers and the company's reply to a review are comments, so furniture; a pull quote's attribution line
 * is furniture; the FOS decision's ombudsman name and date under the decision are bylines, and "For Release" and
 * "Recall Date:" labels are bylines with their dates.
 */
export const HELDOUT346_PAGES: readonly TestPage[] = [...HELDOUT346_A, ...HELDOUT346_B, ...HELDOUT346_C, ...HELDOUT346_D, ...HELDOUT346_E, ...HELDOUT346_F];
