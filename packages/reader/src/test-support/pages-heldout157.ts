import type { TestPage } from './page-kit.js';
import { HELDOUT157_A } from './pages-heldout157-a.js';
import { HELDOUT157_B } from './pages-heldout157-b.js';
import { HELDOUT157_C } from './pages-heldout157-c.js';
import { HELDOUT157_D } from './pages-heldout157-d.js';
import { HELDOUT157_E } from './pages-heldout157-e.js';
import { HELDOUT157_F } from './pages-heldout157-f.js';

/**
 * Held-out batch 157, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Wikipedia athlete biography, a
 * Wikipedia river article, a Wikipedia software article (all three on the Vector 2022 skin), a Fandom wiki video game level
 * article, a wikiHow article with method steps and images, an Investopedia term article, a Britannica biography, a Healthline
 * article with a medical review line, a WebMD slideshow, an NHS inform (Scotland) condition page, a Patient.info leaflet and a
 * MedlinePlus drug information page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: citation markers ("[1]") stay inside their paragraphs (body); infoboxes, Quick
 * Facts-style data cards other than Britannica's (furniture there), table captions, short descriptions under a title, a drug's
 * pronunciation line, wikiHow step numbers and "Method N of 2" labels and callout labels ("Important") are in neither list; a
 * wiki's end matter (See also, References, External links, navboxes, categories, galleries) is furniture; article table data
 * cells are body; Key Takeaways and health-page callout panels are body with their titles as headings; slide titles are the
 * headings of a slideshow; "last edited" / "last updated" / review-history dates and names are bylines; wiki article comments
 * are furniture; a short furniture text that is also a short gold line, and in-page contents lists that repeat the headings,
 * are left out.
 */
export const HELDOUT157_PAGES: readonly TestPage[] = [...HELDOUT157_A, ...HELDOUT157_B, ...HELDOUT157_C, ...HELDOUT157_D, ...HELDOUT157_E, ...HELDOUT157_F];
