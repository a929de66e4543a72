import type { TestPage } from './page-kit.js';
import { HELDOUT271_A } from './pages-heldout271-a.js';
import { HELDOUT271_B } from './pages-heldout271-b.js';
import { HELDOUT271_C } from './pages-heldout271-c.js';
import { HELDOUT271_D } from './pages-heldout271-d.js';
import { HELDOUT271_E } from './pages-heldout271-e.js';
import { HELDOUT271_F } from './pages-heldout271-f.js';

/**
 * Held-out batch 271, written in session 30 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a regional daily's story under a
 * Piano (TinyPass) metered paywall cut after three paragraphs with a "Subscribe to continue reading" box, an Arc XP (Fusion)
 * story behind a hard paywall with its teaser, a Drupal trade magazine story cut by a Zephr registration wall ("Create a free
 * account to keep reading"), a UK regional news story under a Sourcepoint GDPR consent message, a Ghost (Casper) engineering
 * blog post under a OneTrust banner with its preference centre and vendor list, a French daily's English article under a
 * Didomi notice, a music magazine on tagDiv's Newspaper theme under a Quantcast Choice (qc-cmp2) dialog, a GeneratePress tech
 * blog with an adblock-detected overlay and WordPress comments, a Substack post with its paid cutoff and free preview, a
 * Medium member-only story with the metered banner (React markup), a wine magazine article built with Elementor under the
 * Age Gate plugin's dialog, and a Squarespace food essay under a Klaviyo newsletter popup.
 * Hard kinds in the family: pages whose main text is short (the Piano, Arc XP, Zephr and Substack cutoffs), a page built with a
 * page builder (Elementor) and a JavaScript framework's markup (Medium's React app with generated class names).
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on a cut page only the paragraphs present in the saved page are body, and the wall,
 * its offers, its benefit list and its login line are furniture (Piano's iframe holds no text); the subheadline, dek or
 * standfirst under the h1 (Arc XP's b-subheadline, the Courier's sub-title, Ghost's excerpt, Didomi page's article__desc,
 * tagDiv's sub-title, Substack's subtitle, Medium's pw-subtitle-paragraph) is body, not a heading; a consent, age or
 * newsletter dialog's headings are furniture, never headings, even when the dialog uses an h1 (Didomi) or h2; cookie category
 * and vendor names in a preference centre are furniture; a pull quote written into the essay (Squarespace quote block) is
 * body and its attribution furniture; a tasting table's data cells are body, its header cells in neither list; the byline's
 * role line ("Staff Writer", "Local Democracy Reporter"), reading times and view / clap / like counts are furniture, while the
 * correspondent's place line "(Nantes, special correspondent)" is a byline; a "Read more:" / "Read also" inline promo is
 * furniture; comments on the blog post are furniture; texts repeated on a page (nav and breadcrumb) are listed once.
 */
export const HELDOUT271_PAGES: readonly TestPage[] = [...HELDOUT271_A, ...HELDOUT271_B, ...HELDOUT271_C, ...HELDOUT271_D, ...HELDOUT271_E, ...HELDOUT271_F];
