import type { TestPage } from './page-kit.js';
import { HELDOUT440_A } from './pages-heldout440-a.js';
import { HELDOUT440_B } from './pages-heldout440-b.js';
import { HELDOUT440_C } from './pages-heldout440-c.js';
import { HELDOUT440_D } from './pages-heldout440-d.js';
import { HELDOUT440_E } from './pages-heldout440-e.js';
import { HELDOUT440_F } from './pages-heldout440-f.js';

/**
 * Held-out batch 440, written in session 36 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Hugging Face model page with
 * its model card, a Replicate model page on its API tab, a There's An AI For That-style tool entry with ratings and reviews,
 * a prompt library page built in Webflow with copy buttons, an AI lab's research blog post on Ghost's Casper theme, a
 * chatbot's help-center article on Intercom's Help Center, a LangChain-style how-to page on Docusaurus, an AI newsletter
 * issue on beehiiv, a leaderboard Space saved from its Gradio app, a Kaggle competition overview, an AI art gallery post on a
 * Civitai-style Next.js / Mantine site, and a Discourse thread on an AI API's community forum.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: on the Hugging Face page the model card's own h1 is the title and the repo header
 * (owner / name, likes, tags, tabs) is furniture; on Replicate the "owner / name" h1 is the title. Code blocks are in
 * neither list, the prose that introduces them is body. Table data rows are body, one entry per row with the cells joined by
 * spaces; table header cells are in neither list. A docs admonition's text is body, its label ("Prerequisites") in neither;
 * table-of-contents entries that repeat the headings are in neither. On the tool directory page the description, feature
 * list and pros / cons lists are body, user reviews are comments and so furniture, and the "Added on" date is a byline. On
 * the prompt library and the gallery post the prompts are body (the gallery's negative prompt, repeated under each image,
 * is listed once), while generation settings, copy buttons and reactions are furniture. A newsletter's sign-off line is
 * body, its sponsor block and dek furniture; a help article's one-line description under the h1 is furniture and its
 * callout body. On the Discourse thread every post is body, usernames and post dates are bylines (each text listed once)
 * and the solution badge is furniture. The Kaggle timeline, prizes and citation text are body, the host / participation
 * panel furniture. A furniture text that also occurs inside a body text or heading (a tab named API or Overview, nav items
 * Code and Models, tags ink / watercolor / lighthouse, a "Next" pagination label, the Kaggle host's name) is left out of
 * the furniture list.
 */
export const HELDOUT440_PAGES: readonly TestPage[] = [...HELDOUT440_A, ...HELDOUT440_B, ...HELDOUT440_C, ...HELDOUT440_D, ...HELDOUT440_E, ...HELDOUT440_F];
