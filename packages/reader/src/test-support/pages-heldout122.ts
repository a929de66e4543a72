import type { TestPage } from './page-kit.js';
import { HELDOUT122_A } from './pages-heldout122-a.js';
import { HELDOUT122_B } from './pages-heldout122-b.js';
import { HELDOUT122_C } from './pages-heldout122-c.js';
import { HELDOUT122_D } from './pages-heldout122-d.js';
import { HELDOUT122_E } from './pages-heldout122-e.js';
import { HELDOUT122_F } from './pages-heldout122-f.js';

/**
 * Held-out batch 122, written in session 23 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GOV.UK detailed guidance page,
 * a US federal agency explainer on a USWDS Drupal site, a CDC health topic page, a Mayo Clinic disease overview, a WebMD news
 * article, a university news release on a Drupal newsroom, an Investopedia term explainer (Dotdash Meredith "mntl"), a NASA
 * news article on the WordPress nasa.gov, an NIH news release, a European Commission press release on the Press Corner, a
 * UN News story and a state agency press release on WordPress with Jetpack.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a lead paragraph, dek or subtitle is body, and so is a dateline that opens the
 * first paragraph; callout and alert texts inside the article (GOV.UK notice and call-to-action, USWDS alert, CDC "Key
 * points", Investopedia "Key Takeaways" and "Important", UN News "Quick facts") are body, their labels are headings only
 * where they are h2 elements of the text (CDC) and otherwise in neither list; table data cells are body, header cells in
 * neither list; a press release's "###", media contact block, reference line, tagline and "For More Information" document
 * links are in neither list, while institute and agency "About" paragraphs inside the release text are body; a pull quote
 * is body, its attribution line in neither list; references, "Sources" blocks, caption and credit lines, sign-up boxes and
 * buttons placed inside the text are furniture; "On this page" and contents lists that repeat the headings are left out
 * (their labels are furniture); a short furniture text that is also a word of a short gold line, or a longer one that
 * occurs in the text, is left out, as is a repeated quote that also occurs in the text; the publishing organisation on
 * GOV.UK ("From:") is a byline.
 */
export const HELDOUT122_PAGES: readonly TestPage[] = [...HELDOUT122_A, ...HELDOUT122_B, ...HELDOUT122_C, ...HELDOUT122_D, ...HELDOUT122_E, ...HELDOUT122_F];
