import { plain, type TestPage, texts } from './page-kit.js';
import {
  vbAd,
  vbBookmarks,
  vbCrumbs,
  vbFooter,
  vbHtml,
  vbNav,
  vbNotice,
  vbPerms,
  vbSimilar,
  vbTags,
  vbThanks,
  vbTitle,
  vbTools,
} from './pages-heldout134-c2.js';
import { vbPosts } from './pages-heldout134-c4.js';
import { ipCrumbs, ipFooter, ipGuest, ipHtml, ipNav, ipSignIn, ipSimilar, ipTags, ipTerms, ipTitle } from './pages-heldout134-c3.js';
import { ipPosts } from './pages-heldout134-c5.js';

/**
 * Held-out batch 134, file c: a vBulletin 4 thread on a boating forum (file c2) and a solved Invision Community topic on an
 * aquarium forum (file c3).
 */
const uniq = (a: readonly string[]): string[] => [...new Set(a)];

const vbulletin: TestPage = {
  html: vbHtml,
  name: 'heldout134-vbulletin-thread-forum',
  kind: 'forum',
  // each br-separated block of a post is a body paragraph; the quoted post is in neither list; names, post dates and the
  // "Last edited by" line are bylines; "Thread:" before the title, the first post's repeated title and the breadcrumb's last
  // item (both the title again) are left out; user titles, join dates, locations, post counts, post numbers, the ad inside
  // the first post, signatures, the thank-you box and the thread tools, similar threads, tags and permissions are furniture
  title: vbTitle,
  headings: [],
  body: vbPosts.flatMap((p) => texts(p.paras)),
  bylines: uniq(vbPosts.flatMap((p) => [p.user, plain(p.date), ...(p.edited ? [plain(p.edited)] : [])])),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Register', 'Help', 'Remember Me?', ...vbNav, ...vbCrumbs, plain(vbNotice), 'Thread:', ...vbTools, 'Results 1 to 6 of 6',
    ...vbPosts.flatMap((p) => [`#${p.n}`, p.utitle, 'Join Date', p.joined, 'Location', p.location, 'Posts', p.posts, ...(p.sig ? [p.sig] : [])]),
    ...vbAd, 'Reply With Quote', ...vbThanks, 'Previous Thread', 'Next Thread', 'Similar Threads', ...vbSimilar.flatMap((s) => [s[0], s[1], s[2]]),
    'Replies:', 'Last Post:', 'Tags for this Thread', ...vbTags, 'View Tag Cloud', 'Bookmarks', ...vbBookmarks, 'Posting Permissions', ...vbPerms,
    'All times are GMT -5. The time now is 08:14 PM.', ...vbFooter, 'Powered by vBulletin® Version 4.2.5',
    'Copyright © 2025 vBulletin Solutions Inc. All rights reserved.',
    'Content copyright © Tidewater Outboard Forums 2007-2025',
  ]),
};

const invision: TestPage = {
  html: ipHtml,
  name: 'heldout134-invision-topic-forum',
  kind: 'forum',
  // every post is body (the quote and its citation in neither list); the "By ..." meta line, names, "Posted" dates and the
  // "Edited" line are bylines; the breadcrumb's last item (the title again) is left out; groups, reputation, post counts,
  // locations, post numbers, "Solution", reactions, signatures, the guest boxes, similar content and the terms bar are furniture
  title: ipTitle,
  headings: [],
  body: ipPosts.flatMap((p) => texts(p.paras)),
  bylines: uniq(['By FernAndFin,', 'January 9', ...ipPosts.flatMap((p) => [p.user, `Posted ${p.date}`, ...(p.edited ? [p.edited] : [])])]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Jump to content', ...ipSignIn, ...ipNav, 'All Activity', ...ipCrumbs, ...ipTags, 'Share', 'Followers', 'Planted Tanks', 'Solved by Tomasz W',
    'Go to solution', 'Reply to this topic', 'Start new topic', 'Recommended Posts',
    ...ipPosts.flatMap((p, i) => [p.group, p.rep, p.posts, p.loc, `#${i + 1}`, ...(p.sig ? [p.sig] : []), ...(p.react ? [p.react] : [])]),
    'Location:', 'Solution', 'Quote', ...ipGuest, 'Go to topic listing', 'Recently Browsing 0 members', 'No registered users viewing this page.',
    'Similar Content', ...ipSimilar.flat(), ...ipFooter, 'Riverbed Aquarists', 'Powered by Invision Community', 'Important Information', plain(ipTerms),
    'I accept',
  ]),
};

export const HELDOUT134_C: readonly TestPage[] = [vbulletin, invision];
