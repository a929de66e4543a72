import type { TestPage } from './page-kit.js';
import { HELDOUT283_A } from './pages-heldout283-a.js';
import { HELDOUT283_B } from './pages-heldout283-b.js';
import { HELDOUT283_C } from './pages-heldout283-c.js';
import { HELDOUT283_D } from './pages-heldout283-d.js';
import { HELDOUT283_E } from './pages-heldout283-e.js';
import { HELDOUT283_F } from './pages-heldout283-f.js';

/**
 * Held-out batch 283, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a GitHub repository page with its
 * README rendered, an npm package page (React markup with hashed class names), a PyPI project page on the Warehouse template,
 * a docs.rs crate page (short crate docs above the item tables), a Jupyter notebook on nbviewer with In / Out prompts and a
 * DataFrame output, a Kaggle notebook (styled-components React app, JupyterLab cells, comments), an Observable notebook
 * (Next.js app, runtime cells with inspector outputs), a Quarto HTML report with a folded code cell, figure and table, a man
 * page on a man7.org-style site, a Go package page in the pkg.go.dev style (short overview, index listing, declarations), a
 * Hugging Face model card, and a GitHub Gist with a Markdown file and comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on repository-style pages (GitHub, Gist, Hugging Face) the title is the README's,
 * file's or card's own h1, and the repository header (owner / name) is furniture, the owner a byline only where it is the
 * author (Gist); on npm the package name h1 and the README's h1 are the same text; PyPI's h1 includes the version; docs.rs
 * has "Crate saltgrain" as its h1 and title, and its item tables (module, struct, enum and function names with their short
 * descriptions) are furniture, an index of other pages; the man page has no h1, so its title is the page name of its
 * headline, its section names are the headings, the headline line and the COLOPHON section are furniture and the footer line
 * with the page's date is the byline; on pkg.go.dev the declarations and doc paragraphs are body, the h3 / h4 section and
 * declaration headers are headings (without the ¶ and "added in" labels, which are furniture), and the Index entries, which
 * repeat the declarations in short, are in neither list; code blocks and notebook code cells that are part of the article are
 * body, as are text outputs of notebook cells and the data cells of tables (header cells are in neither list), while In /
 * Out prompts, Observable inspector outputs and the folded Quarto code cell are furniture or in neither list; the Quarto
 * subtitle and BibTeX block are in neither list; comments on a notebook or gist are furniture with their authors and dates;
 * a notebook author line written in a markdown cell is a byline; labels such as "Published", "Edited", "Updated",
 * "Released:" and "Last active" next to a date are bylines.
 */
export const HELDOUT283_PAGES: readonly TestPage[] = [...HELDOUT283_A, ...HELDOUT283_B, ...HELDOUT283_C, ...HELDOUT283_D, ...HELDOUT283_E, ...HELDOUT283_F];
