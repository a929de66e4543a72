import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file b2: a new-Reddit thread in shreddit web components (shreddit-app, reddit-header-large, the left
 * nav, shreddit-post with the h1 in its title slot and the self text in its text-body slot, flair, vote and share buttons,
 * a promoted post, the comment sort bar, shreddit-comment elements whose comment slot holds the reply, "Reply" / "Award" /
 * "Share" action rows, the community sidebar with rules, "More posts you may like" and the footer links).
 */
const title = 'Our town replaced the streetlights with dimmable LEDs. Here is a year of data on what changed';
const post = [
  j(
    'I volunteer on the lighting committee in Lowmere (about 8,000 people). Last autumn the council swapped all 1,140',
    'streetlights for LED heads that dim to 30% between midnight and five. People asked for numbers, so here they are.',
  ),
  j(
    'Energy use for street lighting fell from 612 MWh to 241 MWh over twelve months. About two thirds of the saving is',
    'the LEDs themselves; the rest is the overnight dimming.',
  ),
  j(
    'Complaints: 47 in the first two months, mostly about the colour on residential streets, then almost none once the',
    'warmer 2700K heads went in on the side roads.',
  ),
  j(
    'Night-time road collisions: 9 the year before, 8 the year after. Far too few to say anything either way, and I want to',
    'be honest about that before anyone quotes this.',
  ),
  j(
    'The biggest win was maintenance. The old sodium lamps failed constantly and the council paid for a lift truck two',
    'days a week. This year it went out nine times in total.',
  ),
  'Happy to answer questions about how we ran the consultation.',
];
const comments = [
  [
    'Ansel_Crowhurst',
    '14 hr. ago',
    j('Thank you for saying the collision numbers are too small to mean anything. Every thread like this turns into', 'people waving around one year of data.'),
  ],
  [
    'lumen_and_loam',
    '13 hr. ago',
    j('Did anyone measure the sky brightness? Our astronomy club fought hard for dimming and we never got', 'numbers afterwards.'),
  ],
  [
    'TollgateMara',
    '11 hr. ago',
    j(
      'Not formally. A member of the local camera club took the same long exposure from the hill in both winters',
      'and the orange glow is visibly gone, but that is a photo, not a measurement.',
    ),
  ],
  [
    'quietferret_9',
    '9 hr. ago',
    j('The warmer heads on side streets were the right call. We got the cold white ones everywhere and people', 'still hate them three years later.'),
  ],
  [
    'Pennywhistle_Ray',
    '8 hr. ago',
    j(
      'How did you handle the consultation on the dimming hours? Our council proposed',
      'the same midnight cut-off and the late-shift workers at the hospital pushed back hard, so we ended up dimming only',
      'on residential streets and keeping the main route to the hospital at full brightness all night.',
    ),
  ],
];
const rules = ['Be civil', 'No self-promotion', 'Cite your sources for data posts'];
const more = ['Council wants to switch off every other streetlight. Good idea?', 'Smart meters for street lighting: worth it for a small town?'];
const nav = ['Home', 'Popular', 'Explore', 'All'];
const foot = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. © 2026. All rights reserved.'];
const cmt = ([author, age, text]: string[], depth: number): string => `<shreddit-comment author="${author}" depth="${depth}" thingid="t1_k${depth}x"
score="0" arialabel="Comment by ${author}"><div slot="commentMeta" class="flex flex-row items-center"><a href="/user/${author}/"
class="truncate font-bold text-neutral-content-strong">${author}</a> <span class="text-neutral-content-weak"> • </span>
<faceplate-timeago ts="2026-11-20T08:00:00.000Z"><time datetime="2026-11-20T08:00:00.000Z">${age}</time></faceplate-timeago></div>
<div slot="comment" id="t1_k${depth}x-comment-rtjson-content" class="md text-14">${ps([text ?? ''])}</div>
<shreddit-comment-action-row slot="actionRow"><button class="button-plain-weak" aria-label="Upvote"></button>
<button rpl class="button-plain-weak"><span class="flex items-center">Reply</span></button>
<button rpl class="button-plain-weak"><span>Award</span></button><button rpl
class="button-plain-weak"><span>Share</span></button></shreddit-comment-action-row>`;
const html = `<!DOCTYPE html><html lang="en-US" class="theme-beta"><head><title>${title} : r/urbanplanning_uk</title>
<meta property="og:title" content="From the urbanplanning_uk community on Reddit"><meta name="robots" content="index, follow">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${title}","author":{"name":"lamplighter_jo"},
"datePublished":"2026-11-19T18:20:00Z","commentCount":4}</script><script>window.__PERF_METRICS__={"startTime":1795000000};</script></head>
<body><shreddit-app app-name="shreddit" routename="post_page"><reddit-header-large><header class="v2 sticky top-0"><nav class="h-header-large flex
items-center">
<a aria-label="Home" href="/" id="reddit-logo"><span class="sr-only">Reddit Logo</span></a><reddit-search-large><input placeholder="Search in
r/urbanplanning_uk">
</reddit-search-large><a href="/login/" id="login-button" class="button-brand">Log In</a><a href="/app" class="button-secondary">Get
App</a></nav></header></reddit-header-large>
<flex-left-nav-container id="left-sidebar-container"><nav id="left-sidebar" aria-label="Primary"><ul>${links(nav, 'left-nav-item')}</ul>
<faceplate-tracker noun="communities_menu"><summary>Communities</summary></faceplate-tracker></nav></flex-left-nav-container>
<div class="main-container"><main class="main w-full"><shreddit-post author="lamplighter_jo" post-title="${title}" post-type="text" comment-count="4"
score="2310" created-timestamp="2026-11-19T18:20:00.000000+0000" id="t3_1qz8lm">
<div slot="credit-bar" class="flex items-center"><a href="/r/urbanplanning_uk/" class="subreddit-name">r/urbanplanning_uk</a><span> • </span>
<faceplate-timeago ts="2026-11-19T18:20:00.000Z"><time>1 day ago</time></faceplate-timeago><span class="author-name">lamplighter_jo</span>
<button rpl class="button-small">Join</button></div>
<h1 slot="title" id="post-title-t3_1qz8lm" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs">${title}</h1>
<shreddit-post-flair slot="post-flair"><span class="flair-content">Data</span></shreddit-post-flair>
<div slot="text-body" class="text-neutral-content"><div class="md text-14" id="t3_1qz8lm-post-rtjson-content">
${ps(post.slice(0, 1))}
<h3>What we measured</h3>
${ps(post.slice(1, 4))}
<h3>What surprised us</h3>
${ps(post.slice(4))}
</div></div><div slot="action-row"><span class="sr-only">Upvote</span><faceplate-number number="2310">2.3K</faceplate-number>
<span>4</span><span class="sr-only">Go to comments</span><span>Share</span></div></shreddit-post>
<shreddit-ad-post promoted="true" class="promotedlink"><span class="text-12">Promoted</span><div class="text-18">Light up your driveway with solar
bollards from Brightmoor</div><a href="https://brightmoor.example/">brightmoor.example</a></shreddit-ad-post>
<shreddit-comments-sort-dropdown><span>Sort by:</span> <span>Best</span></shreddit-comments-sort-dropdown><input placeholder="Search Comments">
<shreddit-comment-tree id="comment-tree" post-id="t3_1qz8lm" totalcomments="4">
${cmt(comments[0] ?? [], 0)}</shreddit-comment>
${cmt(comments[1] ?? [], 0)}
${cmt(comments[2] ?? [], 1)}</shreddit-comment></shreddit-comment>
${cmt(comments[3] ?? [], 0)}</shreddit-comment>
${cmt(comments[4] ?? [], 0)}</shreddit-comment></shreddit-comment-tree></main>
<aside id="right-sidebar-container"><shreddit-subreddit-header><h2 class="text-16">r/urbanplanning_uk</h2>
<p class="text-14">Streets, towns and the people who plan them. Evidence first.</p><span>41K</span> <span>Members</span></shreddit-subreddit-header>
<div class="px-md"><h2 class="text-12">Rules</h2><ol>${rules.map((r) => `<li><span>${r}</span></li>`).join('')}</ol></div>
<div class="px-md"><h2 class="text-12">More posts you may like</h2><ul>${links(more)}</ul></div>
<div class="legal-links"><ul>${links(foot)}</ul></div></aside></div></shreddit-app></body></html>`;
export const reddit: TestPage = {
  name: 'heldout265-reddit-shreddit-thread',
  kind: 'forum',
  html,
  title,
  headings: ['What we measured', 'What surprised us'],
  body: texts([...post, ...comments.map((c) => c[2] ?? '')]),
  bylines: ['1 day ago', 'lamplighter_jo', ...comments.flatMap((c) => [c[0] ?? '', c[1] ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Reddit Logo', 'Log In', 'Get App', ...nav, 'Communities', 'r/urbanplanning_uk', 'Join', 'Data', 'Upvote', '2.3K', 'Go to comments', 'Share',
    'Promoted', 'Light up your driveway with solar bollards from Brightmoor', 'brightmoor.example', 'Sort by:', 'Best', 'Reply', 'Award',
    'Streets, towns and the people who plan them. Evidence first.', '41K', 'Members', 'Rules', ...rules, 'More posts you may like', ...more, ...foot,
  ],
};
