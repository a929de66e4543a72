import type { TestPage } from './page-kit.js';
import { HELDOUT345_A } from './pages-heldout345-a.js';
import { HELDOUT345_B } from './pages-heldout345-b.js';
import { HELDOUT345_C } from './pages-heldout345-c.js';
import { HELDOUT345_D } from './pages-heldout345-d.js';
import { HELDOUT345_E } from './pages-heldout345-e.js';
import { HELDOUT345_F } from './pages-heldout345-f.js';

/**
 * Held-out batch 345, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a county street-tree dataset on
 * a data.gov-style CKAN catalog, a Socrata dataset landing page for food truck permits, a Zenodo (InvenioRDM) record of peat
 * logger data, a Figshare item of interview transcripts in CSS-module React markup, a Kaggle-style dataset page in
 * styled-components markup, a Hugging Face-style model card for an OCR model, a travel survey's data dictionary page on
 * MkDocs Material, a JOSS-style paper page for a tide analysis package, a protocols.io-style protocol with numbered steps and
 * comments, a Dryad-style data package page, a city open-data team's blog post on Ghost (Casper), and a statistical agency's
 * release calendar entry on the ONS-style design system (a page whose main text is short).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on dataset and record pages the publisher's free-text description (and any
 * headings written inside it) is the article; the platform's fixed panel labels and their contents (CKAN's resources,
 * tags and Additional Metadata, Socrata's "About this Dataset" and "What's in this Dataset?" column table, Zenodo's and
 * Dryad's files, funding, keywords, versions, citation and export boxes, Kaggle's "About Dataset" label and side panel)
 * are furniture; labelled sections of the text itself (Dryad's Abstract / Methods / Usage notes, protocols.io's Abstract,
 * Guidelines, Materials and step-section labels, the release entry's Summary) are headings and their text body, while
 * protocols.io's "Steps" label, its safety-warning box and bare step numbers are not body. Creators, authors and their
 * affiliations, posted / published / submitted dates, "Last update" lines and a dataset owner are bylines; a repository
 * h1 above a model card (Hugging Face's owner / name) is furniture and the card's own h1 is the title. Data cells of tables
 * inside the article (the data dictionary's variables, the model card's evaluation table) are body, one entry per cell,
 * and an admonition inside the article (with its "Note" label) is body; header cells and code blocks are in neither list.
 * A paper's reference list, a protocol's references and comments on a protocol are furniture; a publisher's lead-in line
 * under a title (Ghost's excerpt, Kaggle's subtitle) is furniture. Texts that occur only inside a longer body text (a file
 * name in a preview pane that is also a list item) are in neither list.
 */
export const HELDOUT345_PAGES: readonly TestPage[] = [...HELDOUT345_A, ...HELDOUT345_B, ...HELDOUT345_C, ...HELDOUT345_D, ...HELDOUT345_E, ...HELDOUT345_F];
