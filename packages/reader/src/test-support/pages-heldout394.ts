import type { TestPage } from './page-kit.js';
import { HELDOUT394_A } from './pages-heldout394-a.js';
import { HELDOUT394_B } from './pages-heldout394-b.js';
import { HELDOUT394_C } from './pages-heldout394-c.js';
import { HELDOUT394_D } from './pages-heldout394-d.js';
import { HELDOUT394_E } from './pages-heldout394-e.js';
import { HELDOUT394_F } from './pages-heldout394-f.js';

/**
 * Held-out batch 394, written in session 35 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: software package registry pages,
 * READMEs rendered among registry furniture: an npm package page with its install box, weekly downloads and collaborators, a
 * PyPI project page with its verified / unverified sidebar, a crates.io crate page as saved from the Ember app, a RubyGems.org
 * gem page (short main text), a Docker Hub image overview from the React / MUI app, a Maven Central artifact page from the
 * Next.js app (short main text), a CRAN package page (a field table and one description paragraph, no menus), a Homebrew
 * formula page on formulae.brew.sh with its caveats, a NuGet Gallery package page, a Packagist package page (no h1 for the
 * package), a pkg.go.dev package page with its index, and a Hex package page (short main text).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the title is the package heading (with the version when the heading shows it); a
 * site-name h1 in a header or footer (crates.io, Packagist) is furniture, and where the package heading is an h2 (CRAN,
 * Packagist) that h2 is the title; a README's own top h1 that repeats the package name is in neither list; the README (or the
 * registry's description when no README is shown) is the body, and the registry's one-line summary shown beside it (npm
 * keywords, PyPI summary, crates.io and Docker Hub description lines, Packagist's description) is furniture; code blocks and
 * declarations (`<pre>`) are in neither list; install boxes, download counts, version lists, dependency lists, field tables and
 * metadata panels are furniture, except the people (authors, owners, maintainers, collaborators shown by name) and the
 * release or publish dates, which are bylines; on CRAN the Published, Author and Maintainer values are bylines and the other
 * field labels and values furniture; on pkg.go.dev the overview, its sub-headings and the doc comments of declarations are
 * body and headings (the "func Open" / "type Journal" headers are headings), while the Index list, "added in" labels, the
 * outline, Source Files and Directories are furniture, and the "Documentation" h2 is in neither list; on Homebrew the one-line
 * description and the caveats are body, the bottle, version, dependency and analytics tables furniture; furniture texts that
 * equal a heading or occur inside a body text are left out of the furniture list.
 */
export const HELDOUT394_PAGES: readonly TestPage[] = [...HELDOUT394_A, ...HELDOUT394_B, ...HELDOUT394_C, ...HELDOUT394_D, ...HELDOUT394_E, ...HELDOUT394_F];
