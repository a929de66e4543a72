import type { TestPage } from './page-kit.js';
import { shredditThread } from './pages-heldout128-a2.js';
import { oldRedditThread } from './pages-heldout128-a3.js';

/**
 * Held-out batch 128, file a: two Reddit threads. From file a2, a new Reddit (shreddit) self-post saved signed out (the
 * header with "Get App" and "Log In", the left nav with its resources and legal links, the post's credit bar, flair and
 * action row, the sort bar and composer, a nested comment tree with "OP" tag and an "Edited" line, "More posts you may
 * like", the community card with rules and moderators, and the cookie dialog); from file a3, an old.reddit.com self-post
 * (the subreddit bar, tab menu, side bar with search, login form, link info, sidebar rules and moderators, the vote
 * column, tagline and button rows, nested comments with flairs, the three score spans and "(N children)", and the footer).
 */
export const HELDOUT128_A: readonly TestPage[] = [shredditThread, oldRedditThread];
