import type { TestPage } from './page-kit.js';
import { HELDOUT319_A } from './pages-heldout319-a.js';
import { HELDOUT319_B } from './pages-heldout319-b.js';
import { HELDOUT319_C } from './pages-heldout319-c.js';
import { HELDOUT319_D } from './pages-heldout319-d.js';
import { HELDOUT319_E } from './pages-heldout319-e.js';
import { HELDOUT319_F } from './pages-heldout319-f.js';

/**
 * Held-out batch 319, written in session 32 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Telegram channel's web preview
 * (t.me/s/) with three messages, a TikTok video page with its title, description and comments, an Instagram post page, a
 * Threads post continued by its author over three posts with replies, a LinkedIn post (not an article) with comments, a
 * Facebook group post on its permalink page, a VK community wall post, a Weibo post on the Vue web client, a Tumblr text post
 * with notes, a Pinterest recipe pin, a Snapchat Spotlight page built with Next.js and a WhatsApp channel preview.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: the post's own text is the body; comments, replies and Tumblr notes by other people
 * are furniture, together with their authors' names and times, while the post author's name, handle, headline line
 * (LinkedIn) and post time are bylines. Where a template has no h1 for the post (LinkedIn, Threads, Facebook), the title is
 * the post's first line, which these apps show as the opening line or bold headline of the post; on Facebook the group name
 * in the h1 is furniture. On the Telegram and WhatsApp channel previews the channel name is the title and the channel's own
 * messages (Telegram: all three shown; WhatsApp: the channel description and the recent update) are the body; a quoted reply
 * that repeats a message's first line is in neither list, and a link preview card is furniture. A Threads post continued by
 * its own author is one body over the three posts. Paragraphs that an app saves in one element split by blank lines
 * (`<br><br>` or blank lines in a pre-wrap paragraph) are listed one entry each; lines starting with a bullet, a dash or a
 * number are list items. Hashtags and topic links are furniture even when written at the end of the post. On the Pinterest
 * recipe pin the recipe facts, ingredients, steps and the test-kitchen note are body and "Ingredients" / "Method" are
 * headings. Counts of likes, views, comments and followers are furniture when three characters or longer; shorter
 * texts are left out of both lists.
 */
export const HELDOUT319_PAGES: readonly TestPage[] = [...HELDOUT319_A, ...HELDOUT319_B, ...HELDOUT319_C, ...HELDOUT319_D, ...HELDOUT319_E, ...HELDOUT319_F];
