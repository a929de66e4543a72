import type { TestPage } from './page-kit.js';
import { HELDOUT306_A } from './pages-heldout306-a.js';
import { HELDOUT306_B } from './pages-heldout306-b.js';
import { HELDOUT306_C } from './pages-heldout306-c.js';
import { HELDOUT306_D } from './pages-heldout306-d.js';
import { HELDOUT306_E } from './pages-heldout306-e.js';
import { HELDOUT306_F } from './pages-heldout306-f.js';

/**
 * Held-out batch 306, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a NASA-style mission news story
 * on the agency's WordPress "hds" theme, an ESA-style feature with an image gallery carousel, an ESO-style observatory press
 * release, a space news site's launch report on the tagDiv Newspaper WordPress theme with comments, a science museum's blog
 * post on a WordPress block theme with comments, a Quanta-style feature rendered by Next.js with a pull quote, a university
 * physics department's short news item on Drupal 10, a Zooniverse-style citizen-science project's About page (React), a
 * planetarium's sky-this-month page built with Squarespace's page builder, a science podcast episode page with its
 * transcript on a Buzzsprout-style podcast website, a Wikipedia article on a star (Vector 2022) and a bioRxiv-style preprint
 * abstract page (HighWire) with its Disqus comments.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a lede or dek printed under the h1 (the press release's bold first paragraph, the
 * feature's dek, the project page's bold intro) is body; a pull quote whose text appears nowhere else (the museum's
 * wp-block-pullquote) is body, while one that repeats a paragraph (the Next.js feature's aside) and its attribution are in
 * neither list; a data table inside the article (launch data, moon phases) is body, one item a row written "label value",
 * while an infobox or "About the Release" table in a sidebar is furniture; the press release's "More information" section
 * is body and its "Links" list, contacts and the boilerplate line on the organisation furniture; the media contacts after
 * "-end-" are furniture; the podcast's show notes and the whole transcript (speaker labels and timestamps kept) are body, the
 * "Transcript" h2 a heading and the automatic-transcript disclaimer furniture; on the preprint page the abstract and the
 * competing-interest statement are body, the author list and posting date bylines, and the Disqus comments furniture; on the
 * Wikipedia page the reference markers stay in the body text and the references list, infobox, hatnote and navbox are
 * furniture, the "last edited" footer line a byline; the Squarespace page's "Updated ... by ..." line and the Drupal node's
 * "Written by" label and value are bylines; nav, tag and infobox texts that also occur inside a body paragraph are left out
 * of the furniture list.
 */
export const HELDOUT306_PAGES: readonly TestPage[] = [...HELDOUT306_A, ...HELDOUT306_B, ...HELDOUT306_C, ...HELDOUT306_D, ...HELDOUT306_E, ...HELDOUT306_F];
