import type { TestPage } from './page-kit.js';
import { HELDOUT220_A } from './pages-heldout220-a.js';
import { HELDOUT220_B } from './pages-heldout220-b.js';
import { HELDOUT220_C } from './pages-heldout220-c.js';
import { HELDOUT220_D } from './pages-heldout220-d.js';
import { HELDOUT220_E } from './pages-heldout220-e.js';
import { HELDOUT220_F } from './pages-heldout220-f.js';

/**
 * Held-out batch 220, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a church's sermon blog post on
 * WordPress (Astra with Sermon Manager and Jetpack), a Catholic parish's weekly newsletter page on a Divi WordPress site, a
 * verse-by-verse Bible commentary chapter page on GeneratePress, a mosque's community news post on Elementor, a synagogue's
 * weekly Torah portion post on ShulCloud, a Buddhist teaching article on Ghost (Casper), a Patheos blog post, a Christianity
 * Today news article, a diocese's press release on Drupal 10, a Chabad.org article, a Quaker meeting's page about its
 * practice on a WordPress block theme and an interfaith charity's update on Webflow.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or custom excerpt shown under the title is body; scripture or "Advices and
 * queries" passages quoted in the text are body, their cite lines in neither list; a table's data cells are body; verse
 * markers like "1. (1-2)" in the commentary are in neither list; a closing signature line ("— Fr. Tomás Ibarra, Pastor",
 * "Rabbi Naomi Feld") is a byline; a Sermon Manager preacher line is a byline, its series and passage texts in neither list
 * or furniture; appeal, course or bookmark call-outs inside the article content are furniture; an author's italic bio
 * after the text is furniture; a press release's "About" boilerplate and media contact block are in neither list; in the
 * Chabad article the footnotes are body (the marker digits stay in their paragraphs); FAQ questions in details/summary are
 * headings; the furniture lists hold each distinct text once.
 */
export const HELDOUT220_PAGES: readonly TestPage[] = [...HELDOUT220_A, ...HELDOUT220_B, ...HELDOUT220_C, ...HELDOUT220_D, ...HELDOUT220_E, ...HELDOUT220_F];
