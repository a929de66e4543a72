import type { TestPage } from './page-kit.js';
import { HELDOUT259_A } from './pages-heldout259-a.js';
import { HELDOUT259_B } from './pages-heldout259-b.js';
import { HELDOUT259_C } from './pages-heldout259-c.js';
import { HELDOUT259_D } from './pages-heldout259-d.js';
import { HELDOUT259_E } from './pages-heldout259-e.js';
import { HELDOUT259_F } from './pages-heldout259-f.js';

/**
 * Held-out batch 259, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a New York Times-style article
 * with css-in-js class names, "Supported by", listen bar and "Credit..." caption; a Guardian-style dcr article with an in-body
 * newsletter promotion, a blockquote, a list, "Explore more on these topics" and comments; a BBC News-style data-component
 * article with a "Related" links block between its text blocks; a Washington Post-style Next.js article with data-qa markup and
 * a data table; a CNN-style live updates page (a listing of posts with their own headlines and bylines); a Reuters-style short
 * brief (three paragraphs) with its credit line and long rail; an AP News-style Brightspot article with a share menu and
 * contributor line; a Daily Mail-style article with summary bullets, byline box, "Published: | Updated:" line, share bar,
 * "Scroll down for video", related carousel and comments; a Fox News-style article with capitalised in-body promos and an
 * author bio; an ABC News Australia-style article with a "Key points" box and an in-body related card; a Times of India-style
 * city story whose body is one div of text runs split by `<br>`; and a Le Monde in English-style premium article cut by
 * its paywall notice.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a standfirst, dek or sub-headline written under the h1 (NYT summary, Guardian
 * standfirst, Washington Post and Fox sub-headlines, Le Monde description) is body; summary bullets that open the article (Daily
 * Mail bullets, ABC "Key points" items, CNN "What we're covering" items) are body, while a box label such as "Key points:" is
 * furniture; CNN's "What we're covering" heading and each live post's headline are headings, each post's "From ..." line and
 * timestamp are bylines; a dateline that opens the first paragraph inside the same element ("OSTRAVEN, March 5 (Reuters) -",
 * "CEDAR HOLLOW, Neb. (AP) —", "VRINDAPUR:") stays part of that body paragraph, while a dateline in its own element (NYT
 * "Reporting from", Le Monde's place line) is a byline; end-of-story credit lines ("Reporting by ...; Editing by ...", AP's
 * "Associated Press writer ... contributed to this report.") are bylines, the AP "___" rule furniture; the source label beside
 * an author ("Fox News") and a correspondent's role under the name (BBC) are bylines, an author bio paragraph after the story
 * (NYT, Fox) is furniture; in-body promos ("READ MORE: ...", "CLICK HERE TO GET ...", "Also read", Le Monde "Read more" with
 * "Subscribers only", Daily Mail "Scroll down for video") are furniture; table header cells are in neither list, data cells
 * are body; paywall notices and translation notes are furniture; one- and two-letter menu items (US, TV) are left out.
 */
export const HELDOUT259_PAGES: readonly TestPage[] = [...HELDOUT259_A, ...HELDOUT259_B, ...HELDOUT259_C, ...HELDOUT259_D, ...HELDOUT259_E, ...HELDOUT259_F];
