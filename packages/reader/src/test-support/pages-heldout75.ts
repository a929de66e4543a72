import type { TestPage } from './page-kit.js';
import { HELDOUT75_A } from './pages-heldout75-a.js';
import { HELDOUT75_B } from './pages-heldout75-b.js';
import { HELDOUT75_C } from './pages-heldout75-c.js';
import { HELDOUT75_D } from './pages-heldout75-d.js';
import { HELDOUT75_E } from './pages-heldout75-e.js';
import { HELDOUT75_F } from './pages-heldout75-f.js';

/**
 * Held-out batch 75, written in session 21 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Mayo Clinic-style disease page
 * (wiki), an nhs.uk-style condition page (wiki), a WebMD health news article (news), a Healthline-style blog article with
 * product callouts (blog), a Britannica-style encyclopedia article (wiki), an Investopedia-style term definition (wiki), a
 * GOV.UK-style guidance page (docs), a university press release on Drupal (news), a Fandom wiki character article (wiki), a
 * Quora question page (forum), a Seasoned Advice (Stack Exchange) question with answers (forum) and an Instructables project
 * (blog). Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: publisher brands are invented (Halvorsen Clinic, PHS, WellMD, Healthwell,
 * Encyclopaedia Aurelia, Finpedia, GOV.WM, Easthaven State University) while hosting platforms keep their names (Fandom,
 * Quora, Stack Exchange, Instructables); an article's own summary box ("Key Takeaways", a press release's dek) is body, its
 * heading a heading; furniture that repeats a gold text (contents lists, tabs, an infobox title) is left out of the lists;
 * hidden screen-reader prefixes of headings and notices ("Non-urgent advice:", "Information:") and footnote markers are in
 * neither list; table data cells of an article table are body, one cell an entry.
 */
export const HELDOUT75_PAGES: readonly TestPage[] = [...HELDOUT75_A, ...HELDOUT75_B, ...HELDOUT75_C, ...HELDOUT75_D, ...HELDOUT75_E, ...HELDOUT75_F];
