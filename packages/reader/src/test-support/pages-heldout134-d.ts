import { plain, type TestPage, texts } from './page-kit.js';
import { thCookie, thCrumbs, thHtml, thPubFooter, thShare, thSimilar, thSiteNav, thTags, thTitle, thXfFooter, thXfNav } from './pages-heldout134-d2.js';
import { thPosts } from './pages-heldout134-d4.js';
import { stComments, stCrumbs, stFooter, stGlobalNav, stHtml, stHubTabs, stOp, stReport, stRight, stTitle } from './pages-heldout134-d3.js';

/**
 * Held-out batch 134, file d: a Tom's Hardware forum question thread on XenForo 2.2 (file d2) and a Steam Community
 * discussion with a developer reply (file d3).
 */
const uniq = (a: readonly string[]): string[] => [...new Set(a)];

const toms: TestPage = {
  html: thHtml,
  name: 'heldout134-tomshardware-xenforo-thread-forum',
  kind: 'forum',
  // the title is the h1 without its "Question" prefix label (furniture); every post is body, the spec list items too; the
  // quote and the "Solution" block's excerpt of post 4 are in neither list; the thread starter, dates and the "Last edited"
  // line are bylines; user titles, the joined / messages / reaction score pairs, vote counts, post numbers, reaction lines,
  // ads, share buttons, similar threads and both footers are furniture; the tag "psu" is a word of a spec list item and left out
  title: thTitle,
  headings: [],
  body: thPosts.flatMap((p) => (p.list ? texts([p.paras[0] ?? '', p.paras[1] ?? '', ...p.list, p.paras[2] ?? '']) : texts(p.paras))),
  bylines: uniq([...thPosts.flatMap((p) => [p.user, p.date, ...(p.edited ? [p.edited] : [])])]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    "Tom's Hardware", ...thSiteNav, ...thXfNav, 'Advertisement', ...thCrumbs, 'Question', 'Thread starter', 'Start date', 'Tags',
    ...thTags.filter((t) => t !== 'psu'),
    'Sort by date', 'Sort by votes', 'Solution', 'Jump to solution',
    ...thPosts.flatMap((p) => [p.utitle, 'Joined', p.joined, 'Messages', p.msgs, 'Reaction score', p.score, p.votes, `#${p.n}`, ...(p.react ? [p.react] : [])]),
    'Upvote', 'Downvote', 'Reply', 'Report', 'Reactions:', 'Click to expand...', 'You must log in or register to reply here.', ...thShare, 'Similar threads',
    ...thSimilar.flat(), 'Graphics Cards', 'Replies', ...thXfFooter, 'Community platform by XenForo® © 2010-2025 XenForo Ltd.',
    "Tom's Hardware is part of Future US Inc, an international media group and leading digital publisher. Visit our corporate site.", ...thPubFooter,
    '© Future US, Inc. All rights reserved.', plain(thCookie), 'Accept', 'Learn more…',
  ]),
};

const steam: TestPage = {
  html: stHtml,
  name: 'heldout134-steam-community-discussion-forum',
  kind: 'forum',
  // the title is the original post's "topic" div (the page has no h1); the original post and every comment are body (the
  // quote and its "Originally posted by" line in neither list); names, times and the audit line are bylines; the developer
  // badge, comment numbers, counts, paging, the right column, the report dialog and the footer are furniture
  title: stTitle,
  headings: [],
  body: [...texts(stOp.text), ...stComments.flatMap((c) => texts(c.text))],
  bylines: uniq([stOp.user, stOp.time, stOp.edited, ...stComments.flatMap((c) => [c.user, c.time])]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...stGlobalNav, 'Store Page', 'Hollowmere', ...stHubTabs, ...stCrumbs, 'Developer', ...stComments.map((_, i) => `#${i + 1}`),
    `Showing 1-${stComments.length} of ${stComments.length} comments`, 'Per page:', '15', '30', '50', ...stRight.filter((r) => r !== stOp.time), ...stReport,
    ...stFooter,
  ]),
};

export const HELDOUT134_D: readonly TestPage[] = [toms, steam];
