import type { TestPage } from './page-kit.js';
import { HELDOUT357_A } from './pages-heldout357-a.js';
import { HELDOUT357_B } from './pages-heldout357-b.js';
import { HELDOUT357_C } from './pages-heldout357-c.js';
import { HELDOUT357_D } from './pages-heldout357-d.js';
import { HELDOUT357_E } from './pages-heldout357-e.js';
import { HELDOUT357_F } from './pages-heldout357-f.js';

/**
 * Held-out batch 357, written in session 34 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a DPReview-style camera review with
 * a spec table and a score box, a Flickr photo page with its description and comments, a photography tutorial on a WordPress
 * blog with the Astra theme, a camera maker's support article on a Zendesk Help Center, a 500px-style photographer's story
 * rendered by a Next.js app with styled-components classes, a photo contest's results page on Squarespace 7.1 (a listing of
 * winners by category), a photography forum thread on phpBB with the prosilver style (the posts are the body), a lens rental
 * company's blog on HubSpot CMS, a darkroom film-developing guide on a personal Hugo site with the PaperMod theme, a photo
 * agency's editorial story on Drupal 10 with the Olivero theme, a camera store's product page on Shopify's Dawn theme with a
 * short description, and a photography magazine's gear news on a Future plc-style template.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the phpBB thread the h1 is the board's name, so the title is the topic title
 * (h2.topic-title), and the posts' "Re:" subject lines, ranks, post and join counts and signatures are furniture; post
 * paragraphs separated by <br><br> are one body entry each. Data cells of a table inside the article (the review's spec
 * table, the tutorial's light table, the rental blog's repair table, the darkroom time table) are body, their header or
 * row-label cells in neither list. On the review, the Pros / Cons lists ("What we like", "What we don't like") are body and
 * their labels headings, while the score box (award, category names, overall score) and the "Check price" widget are
 * furniture. On the Flickr page the photo's description is the body and the comments on the photo furniture; there are no
 * headings. On the contest page each category's winner line, judges' note and commended entries are body, the image
 * captions (which repeat the winners' names) furniture and "Announced 4 March 2026" a byline. A pull quote written only
 * in the quote block (500px story) is body; a magazine's strapline (standfirst) under the h1 is body. On the product page
 * the description with its "Specifications" and "In the box" lists is the body; vendor, stock number, price, variants,
 * the shipping and grading tabs, reviews and recommendations are furniture, and the page has no bylines. Reading times,
 * word counts and the "Photographs by" credit line of the agency story are bylines. Kinds: the product page is docs, the
 * Flickr and 500px pages blog.
 */
export const HELDOUT357_PAGES: readonly TestPage[] = [...HELDOUT357_A, ...HELDOUT357_B, ...HELDOUT357_C, ...HELDOUT357_D, ...HELDOUT357_E, ...HELDOUT357_F];
