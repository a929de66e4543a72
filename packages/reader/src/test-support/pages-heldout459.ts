import type { TestPage } from './page-kit.js';
import { HELDOUT459_A } from './pages-heldout459-a.js';
import { HELDOUT459_B } from './pages-heldout459-b.js';
import { HELDOUT459_C } from './pages-heldout459-c.js';
import { HELDOUT459_D } from './pages-heldout459-d.js';
import { HELDOUT459_E } from './pages-heldout459-e.js';
import { HELDOUT459_F } from './pages-heldout459-f.js';

/**
 * Held-out batch 459, written in session 37 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Thingiverse thing page (React
 * app, styled-components classes) with tabs, stats, tags and license, a Printables model page (SvelteKit) with a print settings
 * list and related models, a short MyMiniFactory miniature page (Next.js) with a store box, a Cults3D paid model page (Rails,
 * Turbo) with price box, characteristics table and comments, a Sketchfab model page with viewer, stats, tags and comments, a
 * slicer settings guide on Ghost (Casper) with a callout, a settings table and a members box, a printer review on WordPress
 * (tagDiv Newspaper) with a spec table, pros and cons, score box, related posts and comments, a print troubleshooting page on
 * MediaWiki (Vector 2022) with TOC, edit links, a table and a G-code block, a maker forum thread on Discourse (crawler view)
 * with a solution post and related topics, a resin forum thread on phpBB (prosilver) with profiles, a quote and signatures, a
 * slicer settings reference on MkDocs Material with admonitions and a table, and a filament shop's blog article on Shopify
 * (Dawn) with share and comment form.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a model page's description (summary, notes, lists) and its print settings are the
 * article: Thingiverse's "Label: value" print settings lines and its "Notes:" line are body entries, Printables' settings
 * list gives each term and each value as its own body entry, a Cults3D characteristics table gives one body entry per row
 * ("label value", the header cell with the cell); a summary or dek under the h1 (Printables, Ghost) is body; the model's
 * stats (likes, downloads, views, makes, triangles), price and buy / download buttons, tabs, license, tags, categories and
 * "more from this creator" / related lists are furniture; the designer or uploader name and the upload date (also relative,
 * "Published 3 months ago") are bylines, as are comment authors and comment dates on model pages and reviews, whose comment
 * texts are furniture; on forum threads (Discourse, phpBB) every post's text is body and user names, post dates and phpBB's
 * "by user »" lines and the "user wrote:" quote cite are bylines, while text quoted inside a reply is body, and the post
 * numbers, like counts, "Solution" mark, reply subjects ("Re: ..."), profile lines (posts, joined, location), signatures
 * and the related topics table (titles and their counts) are furniture; table data rows are body with their cells joined by
 * spaces, header cells in no list; pros and cons lists in a review are body under their "Pros" / "Cons" headings, the score
 * box furniture; a callout card (Ghost) and admonitions (MkDocs) are body, the admonition titles ("Note", "Warning") body
 * entries; code blocks (the wiki's G-code) are in no list; a wiki's "last edited" line and a docs page's "Last update" date
 * are bylines, the wiki's hatnote ("Not to be confused with ...") and "From PrintFix Wiki" furniture; wordless separators
 * and edit brackets ("[", "]", "/", "¶") are in no list; visually hidden labels (sr-only, visually-hidden) are furniture;
 * texts of bylines and furniture that also occur as whole words in the title, a heading or a body entry (a tag "clip", a
 * menu item "Nylon", a creator name credited in the description) are left out of those lists (kit helper `clean`).
 */
export const HELDOUT459_PAGES: readonly TestPage[] = [...HELDOUT459_A, ...HELDOUT459_B, ...HELDOUT459_C, ...HELDOUT459_D, ...HELDOUT459_E, ...HELDOUT459_F];
