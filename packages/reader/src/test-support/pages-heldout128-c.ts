import type { TestPage } from './page-kit.js';
import { discourseTopic } from './pages-heldout128-c2.js';
import { hackerNewsItem } from './pages-heldout128-c3.js';

/**
 * Held-out batch 128, file c: from file c2, a Discourse support topic with the Solved plugin (header with "Sign Up" and
 * "Log In", the anonymous sidebar, a banner topic above the title, category badge and tags, the timeline, posts with
 * user names, full names, "in reply to" tabs, like counts, a quoted line, the "Solved by ... in post #4" box and topic
 * map in the first post, the Solution button, a time gap and closing notice, the sign-up prompt, the related topics
 * table and a custom footer); from file c3, a Hacker News "Ask HN" item (orange top bar, subtext line, item text and a
 * nested comment table whose first paragraphs are bare text, "reply" links, the YC line and the footer links).
 */
export const HELDOUT128_C: readonly TestPage[] = [discourseTopic, hackerNewsItem];
