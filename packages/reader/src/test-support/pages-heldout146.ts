import type { TestPage } from './page-kit.js';
import { HELDOUT146_A } from './pages-heldout146-a.js';
import { HELDOUT146_B } from './pages-heldout146-b.js';
import { HELDOUT146_C } from './pages-heldout146-c.js';
import { HELDOUT146_D } from './pages-heldout146-d.js';
import { HELDOUT146_E } from './pages-heldout146-e.js';
import { HELDOUT146_F } from './pages-heldout146-f.js';

/**
 * Held-out batch 146, written in session 25 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: a Unix & Linux Stack Exchange
 * question with comments and answers, an XDA Forums (XenForo 2) device Q&A thread, an Ubuntu Discourse support topic (Solved
 * plugin), an Arch Linux forums (FluxBB) topic, a Gentoo Forums (phpBB 2, Gentoo template) topic, a Tildes text topic with
 * nested comments, an Mbin magazine thread with comments, a Raspberry Pi forums (phpBB 3.3) topic, a Home Assistant community
 * (Discourse) topic, a Stack Overflow question with an open bounty and comments, an old phpBB 2 subSilver hobby-forum topic and
 * a Google Groups conversation.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: per-post subject lines that repeat the title ("Re: ..." h3s on FluxBB and phpBB 3,
 * "Post subject:" lines on phpBB 2) are furniture; signatures, user ranks and join dates are furniture; the Solved plugin's
 * "Solved by ..." quote of the answer inside the first Discourse post is in neither list (a quote), its "Solved by" line
 * furniture; a onebox link preview inside a post and the first-post notice are furniture; Discourse system auto-close posts
 * are furniture; a bounty notice, including the bounty starter's own message, is furniture; Mbin comments are body although
 * they are <blockquote> elements; in Google Groups the "to <group>" line is furniture and the hidden quoted text is in
 * neither list; in the Tildes topic the whole "Posted ... by ..." line is the byline.
 */
export const HELDOUT146_PAGES: readonly TestPage[] = [...HELDOUT146_A, ...HELDOUT146_B, ...HELDOUT146_C, ...HELDOUT146_D, ...HELDOUT146_E, ...HELDOUT146_F];
