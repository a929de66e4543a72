import type { TestPage } from './page-kit.js';
import { HELDOUT186_A } from './pages-heldout186-a.js';
import { HELDOUT186_B } from './pages-heldout186-b.js';
import { HELDOUT186_C } from './pages-heldout186-c.js';
import { HELDOUT186_D } from './pages-heldout186-d.js';
import { HELDOUT186_E } from './pages-heldout186-e.js';
import { HELDOUT186_F } from './pages-heldout186-f.js';

/**
 * Held-out batch 186, written in session 27 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a EurekAlert! news release, a
 * Semantic Scholar paper page, a ResearchGate publication page, an SSRN abstract page, an Academia.edu paper page with the
 * paper's extracted text, a Distill.pub-style interactive article, a Google Research blog post, a university department news
 * story on Drupal, a Jupyter notebook rendered on nbviewer, an Observable notebook, a Papers with Code method page and a lab
 * group's project page on GitHub Pages (Bulma academic template).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on paper pages (Semantic Scholar, ResearchGate, SSRN, Academia.edu, the project
 * page) the abstract is the article and its "Abstract" label a heading; authors and publication dates are bylines, while
 * affiliations, venues, DOIs, keywords, JEL lines, machine TLDRs or takeaways, citation boxes and citing/reference cards
 * are furniture; a dek, subtitle or lead field is body; a news release's "About" boilerplate is body, its "###" end mark
 * and "About ..." label in neither list, its metadata block and disclaimer furniture; a pull quote from the story is body,
 * its attribution in neither list; in notebooks the markdown cells are the article, code cells and their outputs (stream
 * text, tables, images) are in neither list, and prompts ("In [1]:"), anchor pilcrows, input labels and chart texts are
 * furniture; a Distill footnote's text is furniture and the whole d-appendix is furniture; a Google Research post's
 * "Acknowledgements" section is part of the post; a Papers with Code description's inline TeX is body as written, its
 * "Introduced by" line a byline; table header cells and result tables on paper pages are in neither list.
 */
export const HELDOUT186_PAGES: readonly TestPage[] = [...HELDOUT186_A, ...HELDOUT186_B, ...HELDOUT186_C, ...HELDOUT186_D, ...HELDOUT186_E, ...HELDOUT186_F];
