import { links, ps, type TestPage, texts } from './page-kit.js';
import { devTo } from './pages-heldout390-e2.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file e: a LeetCode-style discussion thread in a JavaScript framework's markup where the posts are the
 * body (utility class names, navbar with "Premium", topic header with author, date, views and votes, tags, the topic post
 * with its headings and code, the replies with their own authors, dates and vote counts, sort menu, reply box, "Discuss"
 * sidebar with related topics, footer) and, from file e2, a Dev.to post.
 */
const lTitle = 'Sliding window pattern finally clicked for me: a checklist that works on most substring problems';
const lH = ['The checklist', 'Example: longest substring with at most two distinct characters', 'When it does not apply'];
const lPost = [
  j(
    'I failed three interviews in a row on substring questions, each time because I started writing the window loop before I knew',
    'what made a window valid. After about forty problems I wrote down the questions I now ask before any code. Sharing in case it helps.',
  ),
];
const lList = [
  'What is the window state? Usually a counter map, a sum, or a count of "bad" elements.',
  'What makes the window invalid? Write it as one boolean expression.',
  'Is the answer the longest valid window or the shortest? Longest means you update after shrinking; shortest means you update while shrinking.',
  'Can the right pointer ever move back? If yes, this is not a sliding window problem.',
];
const lPost2 = [
  j(
    'State is a map from character to count. The window is invalid when the map has more than two keys. We want the longest valid',
    'window, so we shrink from the left until it is valid again, then record the length.',
  ),
  'Every character enters and leaves the window once, so this is O(n) time and O(1) extra space for a fixed alphabet.',
];
const lPost3 = [
  j(
    'If the array has negative numbers and the question is about sums, shrinking the window does not necessarily make the sum',
    'smaller, so the invalid condition is not monotonic. Those problems usually need prefix sums with a hash map instead.',
  ),
];
const lReplies = [
  j(
    'Point 3 is the one nobody explains. I kept updating the answer in the wrong place for minimum window problems and getting',
    'off-by-one lengths. Thanks for writing this up.',
  ),
  j(
    'Good list. I would add one more: decide up front whether the window is [left, right] or [left, right). Mixing the two in the',
    'same solution is where most of my bugs come from.',
  ),
  'Does the checklist work for fixed-size windows too, or is that a separate pattern?',
  j(
    'Fixed-size is the easy case: the invalid condition is just "length greater than k", so you move left exactly once',
    'per step. Same checklist, the answers are trivial.',
  ),
];
const lNav = ['Explore', 'Problems', 'Contest', 'Discuss', 'Interview', 'Store', 'Premium'];
const lTags = ['Sliding Window', 'Hash Table', 'String', 'Interview'];
const lSide = [
  'How I went from 0 to 300 problems in four months',
  'Binary search on the answer: a template',
  'Monotonic stack problems grouped by pattern',
  'Mock interview feedback thread (March)',
];
const lFoot = ['Help Center', 'Jobs', 'Bug Bounty', 'Students', 'Terms', 'Privacy Policy'];
const reply = (user: string, date: string, votes: string, text: string): string => `<div class="relative flex w-full gap-3 py-4 border-b">
<a href="/u/${user}/" class="h-8 w-8 shrink-0 rounded-full"><img src="/avatars/${user}.png" alt="${user}" class="h-8 w-8 rounded-full"></a>
<div class="flex flex-1 flex-col gap-1"><div class="flex items-center gap-2 text-xs"><a href="/u/${user}/" class="font-medium text-label-1">${user}</a>
<span class="text-label-3">${date}</span></div><div class="break-words text-sm text-label-1 reply-content">${ps([text])}</div>
<div class="flex items-center gap-4 text-xs text-label-3"><button class="flex items-center gap-1" aria-label="upvote"><span>${votes}</span></button>
<button class="hover:text-label-1">Reply</button><button class="hover:text-label-1">Share</button></div></div></div>`;
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${lTitle} - Discuss - CodeLadder</title>
<meta name="description" content="I failed three interviews in a row on substring questions. A checklist for sliding window problems.">
<meta property="og:type" content="website"><meta property="og:title" content="${lTitle}"><meta name="next-head-count" content="11">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${lTitle}",
"author":{"@type":"Person","name":"tarnwick"},"datePublished":"2026-03-08","interactionStatistic":{"userInteractionCount":18204}}</script>
<link rel="stylesheet" href="/_next/static/css/7c11b2e0a9.css"></head>
<body class="bg-layer-bg-gray"><div id="__next"><div class="flex min-h-screen flex-col"><nav id="navbar-root" class="z-nav-1 h-[50px] border-b">
<div class="mx-auto flex w-full max-w-[1200px] items-center px-6"><a href="/" class="mr-6">CodeLadder</a>
<ul class="flex gap-5 text-sm">${links(lNav, 'relative')}</ul>
<a href="/accounts/register/" class="ml-auto">Register</a><span class="mx-2">or</span><a href="/accounts/login/">Sign in</a></div></nav>
<div class="mx-auto flex w-full max-w-[1200px] gap-6 px-6 pt-6"><div class="flex-1 rounded-lg bg-layer-1 p-6">
<a href="/discuss/" class="text-sm text-label-3">← Back</a>
<div class="flex flex-col gap-2 border-b pb-4"><h1 class="text-xl font-medium text-label-1 break-words">${lTitle}</h1>
<div class="flex items-center gap-2 text-xs text-label-3"><a href="/u/tarnwick/" class="font-medium text-label-1">tarnwick</a>
<span>Mar 08, 2026</span><span>18204</span><span>views</span></div>
<div class="flex flex-wrap gap-1">${lTags.map((t) => `<a href="/discuss/tag/${t}" class="rounded-full bg-fill-3 px-2 text-xs">${t}</a>`).join('')}</div></div>
<div class="mt-4 break-words text-sm leading-6 text-label-1 discuss-markdown-container" data-track-load="discussion_content">
${ps(lPost)}<h3>${lH[0]}</h3><ol>${lList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h3>${lH[1]}</h3>${ps(lPost2.slice(0, 1))}
<pre><code class="language-python">
def longest(s):\n    count, left, best = {}, 0, 0\n    for right, ch in enumerate(s):\n        count[ch] = count.get(ch, 0) + 1\n
        while len(count) &gt; 2:\n            ...\n        best = max(best, right - left + 1)\n    return best</code></pre>
${ps(lPost2.slice(1))}<h3>${lH[2]}</h3>${ps(lPost3)}</div>
<div class="mt-4 flex items-center gap-4 text-sm text-label-3"><button aria-label="upvote"><span>412</span></button><button>Share</button>
<button>Favorite</button><button>Report</button></div>
<div class="mt-6"><div class="flex items-center justify-between"><span class="text-sm font-medium">Comments (4)</span>
<select class="text-xs"><option>Best</option><option>Most Votes</option><option>Newest to Oldest</option></select></div>
<div class="mt-3 rounded-lg border p-3"><textarea placeholder="Type comment here... (Markdown is supported)" class="w-full"></textarea>
<button class="rounded bg-green-s px-3 text-sm text-white">Comment</button></div>
${reply('ilse_codes', 'Mar 08, 2026', '57', lReplies[0] ?? '')}
${reply('ruben_x', 'Mar 09, 2026', '31', lReplies[1] ?? '')}
${reply('quietloop', 'Mar 10, 2026', '8', lReplies[2] ?? '')}
${reply('tarnwick', 'Mar 10, 2026', '12', lReplies[3] ?? '')}
<button class="mt-4 text-sm text-blue-s">Show 6 more comments</button></div></div>
<aside class="hidden w-[300px] shrink-0 lg:block"><div class="rounded-lg bg-layer-1 p-4"><div class="text-md font-medium">Related Topics</div>
<ul class="mt-2 flex flex-col gap-2 text-sm">${links(lSide, 'truncate')}</ul></div>
<div class="mt-4 rounded-lg bg-layer-1 p-4"><p class="text-sm">Join the March contest series and win CodeLadder Coins.</p>
<a href="/contest/" class="text-sm text-blue-s">View contests</a></div></aside></div>
<footer class="mt-auto border-t py-6 text-xs text-label-3"><div class="mx-auto max-w-[1200px] px-6"><span>Copyright © 2026 CodeLadder</span>
<ul class="flex gap-3">${links(lFoot)}</ul><span>United States</span></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"topicId":6104471}},"page":"/discuss/[...slug]","buildId":"x9Pq"}</script>
</body></html>`;
const leetCode: TestPage = {
  name: 'heldout390-leetcode-forum',
  kind: 'forum',
  html: lHtml,
  title: lTitle,
  headings: lH,
  body: texts([...lPost, ...lList, ...lPost2, ...lPost3, ...lReplies]),
  bylines: ['tarnwick', 'Mar 08, 2026', 'ilse_codes', 'ruben_x', 'Mar 09, 2026', 'quietloop', 'Mar 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'CodeLadder', ...lNav, 'Register', 'Sign in', '← Back', '18204', ...lTags.filter((t) => !lNav.includes(t)), '412', 'Share', 'Favorite', 'Report',
    'Comments (4)', 'Best',
    'Most Votes', 'Newest to Oldest', 'Comment', 'Reply', 'Show 6 more comments', 'Related Topics', ...lSide,
    'Join the March contest series and win CodeLadder Coins.', 'View contests', 'Copyright © 2026 CodeLadder', ...lFoot, 'United States',
  ],
};

export const HELDOUT390_E: readonly TestPage[] = [leetCode, devTo];
