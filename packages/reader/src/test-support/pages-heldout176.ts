import type { TestPage } from './page-kit.js';
import { HELDOUT176_A } from './pages-heldout176-a.js';
import { HELDOUT176_B } from './pages-heldout176-b.js';
import { HELDOUT176_C } from './pages-heldout176-c.js';
import { HELDOUT176_D } from './pages-heldout176-d.js';
import { HELDOUT176_E } from './pages-heldout176-e.js';
import { HELDOUT176_F } from './pages-heldout176-f.js';

/**
 * Held-out batch 176, written in session 26 without reading the reader's rules (src/html), its scripts, README or tests and
 * without running the extractor (or the CLI, the API, the demo or any test) on these pages: an EVE Online forums (Discourse)
 * player-ideas topic, a World of Warcraft forums (Discourse) technical support topic, a Garmin forums (Telligent) thread,
 * a Sonos community (inSided) question topic, a Spotify Community (Khoros) help thread, a Samsung Community (Khoros) thread,
 * a Mozilla Connect (Khoros Ideas) idea page, a Fedora Discussion (Discourse) solved topic, an openSUSE forums (Discourse)
 * topic, a Nintendo Life forums thread, a cloud-backup company's Zendesk community post with comments and a Figma Forum
 * (Discourse) solved topic.
 * Brands, people, places and facts are invented; the markup follows the real templates. Not yet measured.
 * Gold conventions beyond the usual ones: a post's own h2/h3 sections are the headings; user titles, ranks, character
 * level/race/class lines, member stats and signatures are furniture; "Re:" reply subjects and a breadcrumb that repeats the
 * title are furniture (the latter left out of the list as it equals the title); a solved box or "Best answer" box that
 * repeats or quotes an answer near the top is in neither list (the answer is body once, at its place in the thread); a
 * Spotify question template's labels and values are body; an idea's "Status changed to" line is furniture and the staff
 * comment under it body; the topic timeline's last date may equal a post date and is then kept only as a byline.
 */
export const HELDOUT176_PAGES: readonly TestPage[] = [...HELDOUT176_A, ...HELDOUT176_B, ...HELDOUT176_C, ...HELDOUT176_D, ...HELDOUT176_E, ...HELDOUT176_F];
