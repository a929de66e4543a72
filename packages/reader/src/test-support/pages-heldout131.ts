import type { TestPage } from './page-kit.js';
import { HELDOUT131_A } from './pages-heldout131-a.js';
import { HELDOUT131_B } from './pages-heldout131-b.js';
import { HELDOUT131_C } from './pages-heldout131-c.js';
import { HELDOUT131_D } from './pages-heldout131-d.js';
import { HELDOUT131_E } from './pages-heldout131-e.js';
import { HELDOUT131_F } from './pages-heldout131-f.js';

/**
 * Held-out batch 131, written in session 24 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a WordPress food-blog post on
 * the GeneratePress theme, a WordPress hiking-blog post on the Kadence theme, a WordPress DIY-blog post on the OceanWP theme,
 * a Medium publication post on a custom domain, a paid Substack post cut by the paywall after its preview, a Ghost post on
 * the Source theme, a Blogger post on the Notable theme, a Tumblr text post in the logged-out web view, a Write.as essay, a
 * Bear Blog post, a Jekyll Chirpy homelab post and a Hugo Stack theme post.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek (Medium subtitle, Substack subtitle, Ghost custom excerpt, Chirpy
 * description, Stack subtitle) is body; where the page's h1 is the site or blog name (OceanWP's "Blog" page header,
 * Blogger, Write.as, Substack's navbar, Stack) that h1 is furniture and the post's own h2/h3 title is the title; on a
 * paywalled post only the free preview is the article and the paywall box is furniture; an author's own callout or tip box
 * (Ghost callout card, Chirpy prompt) is body, while promos, disclosures, "Related:" lines, subscribe widgets, signup and
 * bookmark cards inside the post body are furniture; table data cells are body; hashtag lines at the end of a post are
 * tags (furniture); a breadcrumb's current item, TOC bars and tables of contents that repeat the title or the headings are
 * left out of both lists; SVG <title> texts of icons are furniture; a blog name shown as a post's only author (Tumblr) is
 * its byline; reader comments are furniture.
 */
export const HELDOUT131_PAGES: readonly TestPage[] = [...HELDOUT131_A, ...HELDOUT131_B, ...HELDOUT131_C, ...HELDOUT131_D, ...HELDOUT131_E, ...HELDOUT131_F];
