import type { TestPage } from './page-kit.js';
import { HELDOUT97_A } from './pages-heldout97-a.js';
import { HELDOUT97_B } from './pages-heldout97-b.js';
import { HELDOUT97_C } from './pages-heldout97-c.js';
import { HELDOUT97_D } from './pages-heldout97-d.js';
import { HELDOUT97_E } from './pages-heldout97-e.js';
import { HELDOUT97_F } from './pages-heldout97-f.js';

/**
 * Held-out batch 97, written in session 22 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Mayo Clinic style disease
 * overview, a WebMD style health article, an NHS (UK) style condition page, a CDC style topic page, a Cleveland Clinic style
 * Health Library article, an Investopedia style term definition, a Healthline style health article with a product callout,
 * a Verywell Health style article, a GOV.UK style guidance page, a US state agency how-to page (Mayflower style) with the
 * official-site and alert banners, a university library research guide on LibGuides and a Britannica style encyclopedia
 * article. Brands, people, places and facts are invented; the markup follows the real templates.
 * Measured once on the round-44 rules of batches 88, 90 and 93: 95.9 % / 98.3 %, 4 / 36 bylines, 25 / 664 furniture, 2 / 12
 * summaries with any; training for the round-44 health and reference lines (a folded or labelled furniture section, review dates,
 * an image note, "Offered by", a premium prompt).
 * Gold conventions beyond the usual ones: review and date lines ("Medically reviewed by", "Fact checked by", "Page last
 * reviewed", "Next review due", "Media last reviewed", "Last Reviewed:", "Content Source:", "Offered by", "From:",
 * "Published", "Last updated", "Last Updated:", a closing "most recently revised and updated by" line) are bylines;
 * summary boxes that open the text ("At a glance", "Key Takeaways") and a page's lead or summary paragraph are article
 * text, their labels headings; closing sections of the text ("A note from ...", "Summary", "The Bottom Line", "Takeaway")
 * are article text; sources, references and citation lists, sourcing and vetting notes, affiliate disclosures, ad labels
 * with their policy lines, appointment, care and newsletter boxes are furniture; the NHS care cards' visible headings and
 * the "Do" / "Don't" labels are headings, their visually hidden urgency prefixes in neither list; a product callout's name
 * is a heading and its blurb body, its label, price and button furniture; table data cells are body, header cells in
 * neither list; "Contents" / "Table of Contents" lists that repeat the headings are left out (their labels are
 * furniture); a short furniture text that is also a word of a short gold line (a heading, the title, a short list item)
 * is left out.
 */
export const HELDOUT97_PAGES: readonly TestPage[] = [...HELDOUT97_A, ...HELDOUT97_B, ...HELDOUT97_C, ...HELDOUT97_D, ...HELDOUT97_E, ...HELDOUT97_F];

/**
 * The byline and furniture texts of batch 97 the round-44 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT97_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // a health site's product callout label and price (its name and blurb are the text in this gold), numbers of the quick facts said in the text
  'heldout97-healthline-health-article': ['Our pick', 'Price: $$'],
  'heldout97-britannica-encyclopedia-article': ['32 square miles (83 square km)', '1,020 feet (311 metres)'],
};
