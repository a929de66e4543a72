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
 * (blog). Brands, people, places and facts are invented; the markup follows the real templates. Measured once on the round-43
 * rules (forums): 96.2 % / 99.9 %, 0 / 59 bylines, 34 / 782 furniture, 2 / 12 summaries with
 * any; training for the round-43 notice rules (a spoiler warning, an affiliate disclosure, a clinic's appointment box, "Compare
 * Accounts", a Q&A site's counters).
 * Gold conventions beyond the usual ones: publisher brands are invented (Halvorsen Clinic, PHS, WellMD, Healthwell,
 * Encyclopaedia Aurelia, Finpedia, GOV.WM, Easthaven State University) while hosting platforms keep their names (Fandom,
 * Quora, Stack Exchange, Instructables); an article's own summary box ("Key Takeaways", a press release's dek) is body, its
 * heading a heading; furniture that repeats a gold text (contents lists, tabs, an infobox title) is left out of the lists;
 * hidden screen-reader prefixes of headings and notices ("Non-urgent advice:", "Information:") and footnote markers are in
 * neither list; table data cells of an article table are body, one cell an entry.
 */
export const HELDOUT75_PAGES: readonly TestPage[] = [...HELDOUT75_A, ...HELDOUT75_B, ...HELDOUT75_C, ...HELDOUT75_D, ...HELDOUT75_E, ...HELDOUT75_F];

/**
 * The byline and furniture texts of batch 75 the round-43 rules still read, each with its reason (the tests check that exactly
 * these leak, so a rule that takes one out must take it off this list).
 */
export const HELDOUT75_MEASURED_LEAKS: Readonly<Record<string, readonly string[]>> = {
  // the section headings "Research" and "Bottom line" said as labels, the product callout (its name, price and blurb: two other golds
  // read a callout's name and blurb as the text, so no rule names it) and the sources list; the vetting box goes since round 44
  'heldout75-healthline-blog': [
    'Research',
    'Bottom line',
    'Northfield Labs Magnesium Glycinate',
    'Price: $$',
    'Form: capsule',
    'Dose: 2 capsules (240 mg)',
    'Third-party tested, with no added colors or fillers.',
    'Abernethy K, et al. (2021). Oral magnesium and sleep onset in older adults with insomnia: A randomized trial.',
    'Dietary supplement fact sheet: Magnesium. (2024). Office of Nutrition Standards.',
    'Varga T, et al. (2024). Magnesium supplementation and sleep quality: A systematic review.',
  ],
  // a breadcrumb's section, a word of a heading
  'heldout75-investopedia-definition': ['Personal Finance'],
  // the college's label over the headline
  'heldout75-university-press-release': ['College of Natural Sciences'],
  // a place's name in the infobox, said on a short line of the text
  'heldout75-fandom-wiki-character': ['Coldharbor'],
  // a photo's note between the steps
  'heldout75-instructables-project': ['Use a stop block on the saw so all eight long boards come out exactly the same length.'],
};
