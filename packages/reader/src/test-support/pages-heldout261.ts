import type { TestPage } from './page-kit.js';
import { HELDOUT261_A } from './pages-heldout261-a.js';
import { HELDOUT261_B } from './pages-heldout261-b.js';
import { HELDOUT261_C } from './pages-heldout261-c.js';
import { HELDOUT261_D } from './pages-heldout261-d.js';
import { HELDOUT261_E } from './pages-heldout261-e.js';
import { HELDOUT261_F } from './pages-heldout261-f.js';

/**
 * Held-out batch 261, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an Atlantic-style feature on a
 * Next.js template with CSS-module class names, a New Yorker-style piece on the Condé Nast verso template, a Wired-style
 * product review with a rating box, pros and cons and buy buttons, a Vox-style explainer on the Duet template with a
 * contribution ask in the body column, a Slate-style advice column with two letters and a comment thread, an Aeon-style
 * essay with the author bio above the text, a ProPublica-style investigation with a data table and a tip box, a
 * Smithsonian-style history article, a National Geographic-style feature on a React template whose body is split into
 * several blocks around a photo mosaic and a newsletter box, a Rolling Stone-style ranked album list, a The
 * Conversation-style academic article with "Read more:" promos, author sidebar and comments, and a Longreads-style essay
 * on a WordPress.com theme with Jetpack share and related-post blocks.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the dek / standfirst / subtitle under the h1 (even when it is an h2, as on the
 * Smithsonian-style page) is body; a block quote or pull quote with its own text (not a repeat of a paragraph) is body;
 * the review's pros and cons items are body, the rating and the box labels furniture; the list page's artist / album h2s
 * are headings and each blurb body, the bare rank numbers in neither list; the data table's cells are body, its header
 * cells in neither list and its source line furniture; an advice column's letters and answers are body and its standing
 * "Submit questions here" note furniture; author bios, roles and affiliations (also the Aeon-style bio next to the name)
 * are furniture, the names bylines; the print-edition line ("Published in the print edition of ...") and the editor and
 * copy-editor credits are bylines; "Read more:" / "Related:" / "Read:" promos inside the body column are furniture, as are
 * comment authors and comment texts; texts that repeat (nav items that are also breadcrumbs or tags) are listed once or
 * twice without meaning anything by it.
 */
export const HELDOUT261_PAGES: readonly TestPage[] = [...HELDOUT261_A, ...HELDOUT261_B, ...HELDOUT261_C, ...HELDOUT261_D, ...HELDOUT261_E, ...HELDOUT261_F];
