import type { TestPage } from './page-kit.js';
import { HELDOUT290_A } from './pages-heldout290-a.js';
import { HELDOUT290_B } from './pages-heldout290-b.js';
import { HELDOUT290_C } from './pages-heldout290-c.js';
import { HELDOUT290_D } from './pages-heldout290-d.js';
import { HELDOUT290_E } from './pages-heldout290-e.js';
import { HELDOUT290_F } from './pages-heldout290-f.js';

/**
 * Held-out batch 290, written in session 31 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Reader's Digest slideshow
 * listicle with one slide per item and "1 / 7" counters, a Tom's Hardware review on page 2 of 3 with page links and a jump
 * menu, a Forbes contributor article followed by the infinite-scroll next article, a HuffPost story broken up by an embedded
 * tweet, Instagram post and TikTok video, a scrollytelling essay on The Pudding (SvelteKit markup) with a sticky graphic, an
 * Our World in Data article with Grapher chart notes and sources, a BuzzFeed quiz (Next.js markup) with its intro, an In
 * Focus photo essay on The Atlantic with long captions, a Substack podcast episode with an article-length write-up and
 * comments, a USA TODAY photo gallery, a Verywell Health article with a reader poll and a "Was this page helpful?" box, and
 * an AMP web story made with the Web Stories for WordPress plugin.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dek or subtitle under the h1 (HuffPost, The Atlantic, Our World in Data,
 * Substack, BuzzFeed) is furniture; a slideshow's per-slide h2 titles are headings and its slide counters, image credits and
 * Previous / Next buttons furniture; on a paginated article only the text of the page shown is body, and the page links,
 * "Page 2 of 3" and the jump menu are furniture; a review's data table (caption and cells) is in neither list; the article
 * loaded below by infinite scroll (its title, byline and paragraphs) is furniture; the texts of embedded tweets, Instagram
 * posts and TikTok videos are furniture, the article's lead-ins to them body; the step texts of a scrollytelling section
 * are body, the sticky graphic's labels, legend and the Methods note furniture; a chart's title, subtitle, note and source
 * lines are furniture; a quiz's intro is body, its questions (h2 on the page) headings and its answer tiles in neither
 * list, the hidden result card furniture; a photo essay's or gallery's captions, however long, are furniture and only the
 * intro text is body; a podcast write-up is body and the player labels furniture; a poll's question, options and vote
 * count and the "Was this page helpful?" box are furniture, as are the table of contents and source list; on an AMP web
 * story the text layers of the story pages are body, their h2 headings headings, and the cover's byline and date bylines;
 * "Contributor", "BuzzFeed Staff", "Medically reviewed by" and a byline's newspaper name are bylines.
 */
export const HELDOUT290_PAGES: readonly TestPage[] = [...HELDOUT290_A, ...HELDOUT290_B, ...HELDOUT290_C, ...HELDOUT290_D, ...HELDOUT290_E, ...HELDOUT290_F];
