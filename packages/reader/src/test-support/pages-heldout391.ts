import type { TestPage } from './page-kit.js';
import { HELDOUT391_A } from './pages-heldout391-a.js';
import { HELDOUT391_B } from './pages-heldout391-b.js';
import { HELDOUT391_C } from './pages-heldout391-c.js';
import { HELDOUT391_D } from './pages-heldout391-d.js';
import { HELDOUT391_E } from './pages-heldout391-e.js';
import { HELDOUT391_F } from './pages-heldout391-f.js';

/**
 * Held-out batch 391, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a dental practice's composite
 * bonding page built with the Divi page builder, a physiotherapy clinic's blog post on the Astra WordPress theme with
 * comments, a GP surgery's repeat prescriptions page on an NHS.UK frontend practice template, a veterinary practice's news
 * post on a Wix blog, an optician's myopia management page built in Webflow, a counsellor's profile on a Psychology
 * Today-style therapist directory, a private vein clinic's procedure page with a price table on Drupal 10, a chiropractor's
 * blog post on Squarespace 7.1, a hospital consultant's profile page rendered by Next.js, a pharmacy's hay fever advice post
 * on a Shopify Dawn theme, a fertility clinic's success-rates page with a results table on HubSpot CMS, and a care home's
 * "Life at Rowan Lodge" page built with Elementor.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a table's caption and data cells are body (one entry a cell) and its header cells
 * are in neither list; a warning callout written into the article (the NHS page's "If you run out") is body with its label
 * as a heading, its visually hidden "Important:" prefix furniture; on the therapist profile the title is the practitioner's
 * name (the h1), the personal statement and the practitioner's lists of specialties, expertise and types of therapy are
 * body, with "Specialties and Expertise" / "Treatment Approach" and their sub-headings as headings, while the directory's
 * boxes (at a glance, qualifications, finances, location, contact buttons, verification) are furniture; on the consultant
 * profile the bio, clinical interests and research sections are body and the hero's specialty, GMC number, ratings, side
 * cards and tabs furniture, "Profile updated" a byline; "Clinically reviewed by", "Medically reviewed by" / "Last reviewed"
 * and "Page last reviewed" / "Next review due" lines (labels and values) are bylines, as is a hero's "Published ..." line;
 * a quote block or pull quote written into the post is body, a testimonial widget furniture; a "Read more:" or "Shop our
 * range" promo line inside the article body is furniture; comments with their authors and dates are furniture; a hero's
 * subtitle or strapline under the h1 on a page-builder or marketing page is furniture; the headings of a page's own
 * contents list are not listed again.
 */
export const HELDOUT391_PAGES: readonly TestPage[] = [...HELDOUT391_A, ...HELDOUT391_B, ...HELDOUT391_C, ...HELDOUT391_D, ...HELDOUT391_E, ...HELDOUT391_F];
