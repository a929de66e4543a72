import type { TestPage } from './page-kit.js';
import { HELDOUT226_A } from './pages-heldout226-a.js';
import { HELDOUT226_B } from './pages-heldout226-b.js';
import { HELDOUT226_C } from './pages-heldout226-c.js';
import { HELDOUT226_D } from './pages-heldout226-d.js';
import { HELDOUT226_E } from './pages-heldout226-e.js';
import { HELDOUT226_F } from './pages-heldout226-f.js';

/**
 * Held-out batch 226, written in session 28 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a crates.io crate page, a Docker
 * Hub image page, a Homebrew formula page (formulae.brew.sh), a Visual Studio Code monthly release notes page, a Chrome
 * Releases stable-channel post on Blogger, a Linux distribution's release announcement on a Debian-style news page, a GitLab
 * release page, a JetBrains Marketplace plugin page, a WordPress.org plugin page on its Development (changelog) tab, an
 * Electron app's changelog page on its Next.js site, a Packagist package page and a Maven Central artifact page.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a package page's short description under its title is body; table data cells
 * are body where the table is the page's content (the Homebrew formula's bottle, version and dependency tables) and
 * furniture where it is a panel (analytics); a registry's "updated" or "published" time, a changelog entry's date and a
 * plugin's vendor are bylines, version badges and chips furniture; sections that the page keeps in the DOM but hides on the
 * tab shown (WordPress.org Description and Installation) are in neither list; a short furniture text that is also a word of
 * a short gold line (a heading, a title, a short list item) is left out, and "On this page" lists that repeat the headings
 * are left out.
 */
export const HELDOUT226_PAGES: readonly TestPage[] = [...HELDOUT226_A, ...HELDOUT226_B, ...HELDOUT226_C, ...HELDOUT226_D, ...HELDOUT226_E, ...HELDOUT226_F];
