import type { TestPage } from './page-kit.js';
import { HELDOUT238_A } from './pages-heldout238-a.js';
import { HELDOUT238_B } from './pages-heldout238-b.js';
import { HELDOUT238_C } from './pages-heldout238-c.js';
import { HELDOUT238_D } from './pages-heldout238-d.js';
import { HELDOUT238_E } from './pages-heldout238-e.js';
import { HELDOUT238_F } from './pages-heldout238-f.js';

/**
 * Held-out batch 238, written in session 29 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Condé Nast (verso) fashion
 * magazine's trend report, a beauty retailer's React "Beauty Insider" editorial with product cards, a beauty blog on WordPress
 * (GeneratePress with Jetpack sharing, related posts and comments), a fashion brand's lookbook journal entry on Shopify
 * (Dawn), a skincare brand's ingredient glossary on Next.js, a Refinery29-style shoppable listicle, a sustainable-fashion
 * Substack post with comments, a Reddit (shreddit) skincare thread, a department store's women's size guide with size
 * tables, a cosmetics review on a YouTube creator's companion blog on Blogger, a hair salon's blog post built with Wix and a
 * WWD-style runway review on WordPress VIP (Larva).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subtitle under the h1 (Condé Nast, Substack, the runway review) is body;
 * a pull quote that repeats a sentence of the text is body; an affiliate or commerce disclosure and a "prices at time of
 * publication" note are furniture; product cards between paragraphs (brand, name, price, review count, buy button) are
 * furniture, while a listicle's numbered item headings are headings and its item paragraphs body; on the glossary each
 * ingredient name is a heading and its definition body, while the "What it does", "Found in" and "Good for" labels and
 * values are furniture, and the "Last reviewed" line a byline; on the size guide the table captions and data cells are body,
 * the column and row header cells in neither list, the size tabs and unit toggle furniture; on the Blogger review the post's
 * h3 title is the title (Blogger renders no h1 for it), "Posted by" is a byline and the scores table's cells are body; on the
 * Reddit thread the post and all comments (including the asker's thanks and update) are body, their authors and relative
 * times bylines, and vote counts, flair and OP badges furniture; comments under articles (WordPress, Substack, Blogger) are
 * furniture, their authors and dates bylines; the lookbook's "Look" captions and "Shop the look" products are furniture.
 */
export const HELDOUT238_PAGES: readonly TestPage[] = [...HELDOUT238_A, ...HELDOUT238_B, ...HELDOUT238_C, ...HELDOUT238_D, ...HELDOUT238_E, ...HELDOUT238_F];
