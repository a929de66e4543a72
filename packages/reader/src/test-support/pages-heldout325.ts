import type { TestPage } from './page-kit.js';
import { HELDOUT325_A } from './pages-heldout325-a.js';
import { HELDOUT325_B } from './pages-heldout325-b.js';
import { HELDOUT325_C } from './pages-heldout325-c.js';
import { HELDOUT325_D } from './pages-heldout325-d.js';
import { HELDOUT325_E } from './pages-heldout325-e.js';
import { HELDOUT325_F } from './pages-heldout325-f.js';

/**
 * Held-out batch 325, written in session 33 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a satirical news article on an
 * Onion-style WordPress newsroom theme, a satire blog on WordPress with the GeneratePress theme and a "This is satire"
 * notice, a celebrity-gossip article on a Page Six-style WordPress VIP template with embedded Instagram and X posts and
 * heavy ads, a daily horoscope page for one sign with the twelve-sign navigation (short main text), a BuzzFeed-style quiz
 * rendered by Next.js, a personality-test result page rendered by Nuxt, a webcomic post with its transcript on WordPress
 * with Easel and Comic Easel, a joke-collection thread on Discourse (posts are the body), a meme explainer entry on a Know
 * Your Meme-style site, an advice column with letters and answers on a newspaper's BLOX CMS page, a reality-TV recap on a
 * MailOnline-style tabloid template, and a humour blogger's text post on a custom Tumblr theme.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a dateline written into the first paragraph's text (the Onion-style and
 * satire pages) stays part of that body paragraph and is not a byline; the satire notice, both the top bar and the boxed
 * "This is satire" disclaimer inside the entry content, is furniture; the texts of embedded social posts (Instagram, X) are
 * furniture, the article's own paraphrase of them body; on the quiz the dek under the title, the intro, each question and
 * each answer option are body, while question counters ("1 of 6"), image credits and the hidden result card are furniture;
 * on the horoscope the dated reading and its Love / Career parts are body (their h2s headings), the matches box and star
 * ratings furniture; on the personality result the result text and its strength / weakness lists are body, the trait
 * percentage bars and "Test taken" line are furniture and byline; the comic's author note and transcript (with the
 * "Transcript" heading) are body, the image's hover text is not counted; on Discourse every post's text is body, usernames
 * and post dates bylines, two-digit like counts in neither list; on the meme entry the bodycopy sections including the Various Examples
 * list and the External References lines are body, the Overview box is furniture (its year, which recurs in the body, is
 * not listed) and the "Updated ... by" / "Added ... by" lines are bylines; in the advice column the signed letters and answers are body and
 * the syndicate's italic contact tagline at the end is furniture; the tabloid's headline bullets are body; Tumblr notes
 * (reblogs with added comments) are furniture, as comments are.
 */
export const HELDOUT325_PAGES: readonly TestPage[] = [...HELDOUT325_A, ...HELDOUT325_B, ...HELDOUT325_C, ...HELDOUT325_D, ...HELDOUT325_E, ...HELDOUT325_F];
