import type { TestPage } from './page-kit.js';
import { HELDOUT359_A } from './pages-heldout359-a.js';
import { HELDOUT359_B } from './pages-heldout359-b.js';
import { HELDOUT359_C } from './pages-heldout359-c.js';
import { HELDOUT359_D } from './pages-heldout359-d.js';
import { HELDOUT359_E } from './pages-heldout359-e.js';
import { HELDOUT359_F } from './pages-heldout359-f.js';

/**
 * Held-out batch 359, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a FEMA-style disaster declaration
 * page on the U.S. Web Design System, a Red Cross-style open-shelters listing on Adobe Experience Manager, an InciWeb-style
 * wildfire incident page with its latest update, a USGS-style earthquake event page rendered by an Angular app, a local TV
 * station's flood warning story on an Arc XP-style site, a county evacuation notice in a CivicPlus-style CivicAlerts module,
 * a relief appeal built with the Elementor page builder on WordPress, a recovery blog post on Medium, a public alert (CAP)
 * page in a National Weather Service-style alerts viewer, an electric utility's storm update in a Next.js newsroom, a
 * ReliefWeb-style humanitarian situation report, and a GOV.UK-style preparedness checklist.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the title is the article's own title even where the template's h1 is a module
 * name (CivicPlus' h1 is "News Flash", kept as furniture, and the notice's h3 is the title); the facts lists that open a
 * data page (FEMA's incident period / declaration date / type, USGS' time / coordinates / depth, the CAP message's field
 * values, the utility's and ReliefWeb's table data cells, InciWeb's Basic Information and Current Situation values) are
 * body, while their labels and table header cells are in neither list; InciWeb's "Wildfire" value, which repeats the
 * type tag, is in neither list; the shelter listing's card names (h3) are headings and each card's address and note are
 * body, its "Get directions" link furniture; USGS' summary card titles repeat the event navigation and are furniture, the
 * short intensity values (IV, VI, Yellow) in neither list, the cards' notes body; pull quotes, testimonials and their
 * attributions inside the article are body; a dateline that opens a body paragraph ("TARROW, Calder (WKLD) -") stays in
 * that paragraph; Medium's subtitle is body and its responses are furniture; the "Contributed by" / "Source" organisation
 * lines and GOV.UK's "From:" organisation are bylines; the Elementor appeal's goal, progress bar and counter widgets are
 * furniture; GOV.UK's contents list repeats the headings and is in neither list, as is the details component's summary
 * label, while the details text is body; CAP "Sent / Effective / Expires" lines are bylines.
 */
export const HELDOUT359_PAGES: readonly TestPage[] = [...HELDOUT359_A, ...HELDOUT359_B, ...HELDOUT359_C, ...HELDOUT359_D, ...HELDOUT359_E, ...HELDOUT359_F];
