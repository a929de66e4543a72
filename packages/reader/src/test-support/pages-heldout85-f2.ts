import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 85, file f2: an archived and locked self-post on new Reddit (shreddit web components) in an invented
 * subreddit, as a signed-out visitor saves it: "Skip to main content", the header with search, "Get App" and "Log In", the
 * left navigation with its "RESOURCES" list, the post's credit bar (subreddit, time, author), the flair, the title, the
 * text body, the "Archived post" and "Locked post" notices, the vote, comment and share buttons, the comment tree with a
 * moderator's stickied note ("MOD", "Stickied comment"), nested replies with vote counts and "Reply" / "Share" buttons, a
 * quoted line inside a reply, the "More replies" link, the community sidebar (about text, members, rules, moderators),
 * the footer links and the cookie banner.
 */
const rdTitle = 'Cutting laminate flooring indoors: circular saw, jigsaw or score-and-snap?';
const rdPost = [
  'I am laying about 30 square metres of laminate in our living room this weekend. It is 8 mm boards with an attached underlay. ' +
    'I own a circular saw and a cheap jigsaw, and the shop also sells a score-and-snap cutter for about 40 quid.',
  'The circular saw is the obvious answer for the long rips along the last row, but the dust from this stuff is awful and I would ' +
    'rather not cut outside in the rain. What do people actually use for cross cuts and rips? Is the snap cutter worth buying for ' +
    'one room?',
];
const rdMod = {
  a: 'FixItDIY-ModTeam',
  t: '2y ago',
  ps: [
    'Thread locked. This post has received plenty of good answers, but the comments have drifted into an argument about dust masks ' +
      'that has broken rule 2 several times.',
    'For anyone finding this later: see the wiki page on cutting flooring for a summary of the advice here. Please be civil to each other.',
  ],
};
const rdComments = [
  {
    a: 'oakandiron',
    t: '2y ago',
    v: '212',
    d: 0,
    q: '',
    ps: [
      'Snap cutter for every cross cut, circular saw with a fine-tooth blade for the rips, done in the garage. The snap cutter makes no ' +
        'dust at all and is faster than walking to the saw. For one room it is borderline, but you can sell it on afterwards.',
    ],
  },
  {
    a: 'Quill_and_Plane',
    t: '2y ago',
    v: '87',
    d: 1,
    q: 'you can sell it on afterwards',
    ps: ['This. I bought one, did two rooms, and sold it for 30. Best tenner I ever spent.'],
  },
  {
    a: 'lowtide_lena',
    t: '2y ago',
    v: '64',
    d: 0,
    q: '',
    ps: [
      'Whatever you use, mark and cut with the decorative face up on a jigsaw and face down on a circular saw. The blades cut on the ' +
        'upstroke and the upstroke chips the top edge.',
      'Also leave a 10 mm gap at the walls. Everyone forgets, and then the floor buckles in August.',
    ],
  },
  {
    a: 'Bertram_Oduya',
    t: '2y ago',
    v: '31',
    d: 1,
    q: '',
    ps: ['Seconding the expansion gap. The skirting or a bead covers it, so there is no reason to cut tight.'],
  },
  {
    a: 'mossgreen_dan',
    t: '2y ago',
    v: '18',
    d: 0,
    q: '',
    ps: ['Multi-tool with a plunge blade for the door frames. You will need to undercut the architraves so the boards slide underneath.'],
  },
];
const rdArchived = 'Archived post. New comments cannot be posted and votes cannot be cast.';
const rdLocked = 'Locked post. New comments cannot be posted.';
const rdLeft = ['Home', 'Popular', 'Explore', 'All'];
const rdRes = ['About Reddit', 'Advertise', 'Reddit Pro', 'Help', 'Blog', 'Careers', 'Press', 'Communities', 'Best of Reddit', 'Topics'];
const rdRules = ['Be civil', 'No self-promotion', 'Include photos for repair questions', 'Safety first: no electrical work advice beyond your code'];
const rdAbout = 'A place to ask questions and share projects about fixing, building and maintaining your home. Beginners welcome.';
const rdFoot = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. © 2025. All rights reserved.'];
const rdCookie =
  'Reddit and its partners use cookies and similar technologies to provide you with a better experience. By accepting all cookies, you agree to our ' +
  'use of cookies to deliver and maintain our services and site.';
const rdActions = (v: string, id: string): string => `<shreddit-comment-action-row slot="actionRow" comment-id="${id}" score="${v}"><button
class="button-plain-weak" upvote aria-label="Upvote" disabled></button><faceplate-number number="${v}">${v}</faceplate-number><button
aria-label="Downvote" disabled>
</button><button class="button-plain-weak" disabled><span class="flex items-center">Reply</span></button><shreddit-overflow-menu><button
aria-label="Share"><span>Share</span></button></shreddit-overflow-menu></shreddit-comment-action-row>`;
const rdComment = (c: (typeof rdComments)[number], i: number): string => `<shreddit-comment author="${c.a}" thingid="t1_k${i}x" depth="${c.d}"
permalink="/r/FixItDIY/comments/14b8k2q/comment/k${i}x/" score="${c.v}" collapsed="false"><div slot="commentMeta" class="flex flex-row items-center">
<a href="/user/${c.a}/" class="font-bold text-neutral-content-strong">${c.a}</a><span class="inline-block my-0 text-neutral-content-weak">•</span>
<faceplate-timeago ts="2023-06-1${i}T09:12:00.000Z"><time datetime="2023-06-1${i}T09:12:00.000Z">${c.t}</time></faceplate-timeago></div>
<div slot="comment" id="t1_k${i}x-comment-rtjson-content" class="md text-14">${c.q ? `<blockquote><p>${c.q}</p></blockquote>` : ''}${c.ps
  .map((p) => `<p>${p}</p>`)
  .join('')}</div>${rdActions(c.v, `t1_k${i}x`)}</shreddit-comment>`;
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta"><head><meta charset="UTF-8"><title>Cutting laminate flooring indoors: circular saw, jigsaw or score-and-snap? : r/FixItDIY
</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="r/FixItDIY on Reddit: ${rdTitle}">
<meta property="og:type" content="website"><meta name="robots" content="noindex"><link rel="canonical"
href="https://www.reddit.example/r/FixItDIY/comments/14b8k2q/cutting_laminate_flooring_indoors/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}","author":{"@type":"Person",
"name":"quietgrain"},"datePublished":"2023-06-14T20:41:07.112000+0000","interactionStatistic":[{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":94}]}</script>
<script src="https://www.redditstatic.example/shreddit/en-US/shell-1b3c5d7e.js" type="module"></script></head>
<body class="v2 m-0 p-0 bg-neutral-background"><shreddit-app routename="post_page" pagetype="post_detail" locale="en-US" env="prod">
<a href="#main-content" class="absolute -top-[1000px] focus:top-0 skip-link">Skip to main content</a>
<reddit-header-large><header class="v2 flex items-center h-header-large"><nav class="h-header-large flex px-md justify-between"><a aria-label="Home"
href="/"><span class="sr-only">Reddit Logo</span></a><reddit-search-large><faceplate-search-input placeholder="Search in r/FixItDIY"><span slot="label"
class="sr-only">Search in r/FixItDIY</span></faceplate-search-input></reddit-search-large><span class="flex items-center"><a class="button-secondary"
href="/app">Get App</a><a id="login-button" class="button-primary" href="/login/">Log In</a><button aria-label="Open settings menu"><span class="sr-only">
Expand user menu</span></button></span></nav></header></reddit-header-large>
<flex-left-nav-container><reddit-sidebar-nav><nav aria-label="Primary"><ul>${links(rdLeft, 'left-nav-item')}</ul><faceplate-expandable-section-helper>
<summary><span class="text-12 uppercase text-secondary-weak">RESOURCES</span></summary><ul>${links(rdRes, 'left-nav-item')}</ul>
</faceplate-expandable-section-helper></nav></reddit-sidebar-nav></flex-left-nav-container>
<main id="main-content" class="main w-full"><shreddit-post author="quietgrain" created-timestamp="2023-06-14T20:41:07.112000+0000" id="t3_14b8k2q"
post-title="${rdTitle}" post-type="text" comment-count="94" score="318" subreddit-prefixed-name="r/FixItDIY" archived="" is-locked=""
class="block relative cursor-pointer"><div slot="credit-bar" class="flex items-center"><a href="/r/FixItDIY/" class="subreddit-name">r/FixItDIY</a>
<span class="created-separator">•</span><faceplate-timeago ts="2023-06-14T20:41:07.112Z"><time
datetime="2023-06-14T20:41:07.112Z">2y ago</time></faceplate-timeago>
<span slot="authorName"><a href="/user/quietgrain/" class="author-name">quietgrain</a></span></div>
<shreddit-post-flair slot="post-flair"><a href="/r/FixItDIY/?f=flair_name%3A%22Flooring%22" class="flair-content">Flooring</a></shreddit-post-flair>
<h1 slot="title" id="post-title-t3_14b8k2q" class="font-semibold text-neutral-content-strong">${rdTitle}</h1>
<div slot="text-body" class="text-neutral-content"><div class="md text-14"
id="t3_14b8k2q-post-rtjson-content">${rdPost.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div slot="post-banner" class="post-status-notices"><div class="flex items-center gap-xs"><svg fill="currentColor"
viewBox="0 0 20 20"></svg><span>${rdArchived}</span>
</div><div class="flex items-center gap-xs"><svg fill="currentColor" viewBox="0 0 20 20"></svg><span>${rdLocked}</span></div></div>
<span slot="vote-button" data-post-click-location="vote"><button upvote aria-label="Upvote" disabled></button><faceplate-number
number="318">318</faceplate-number>
<button downvote aria-label="Downvote" disabled></button></span><a slot="comment-button" href="#comments"><span class="sr-only">Go to comments</span>
<faceplate-number number="94">94</faceplate-number></a><shreddit-post-share-button slot="share-button"><span>Share</span></shreddit-post-share-button>
</shreddit-post>
<div id="comments" class="comments-section"><h2 class="sr-only">Comments Section</h2><shreddit-sort-dropdown><span>Sort by:</span><span>Best</span>
</shreddit-sort-dropdown><shreddit-comment-tree post-id="t3_14b8k2q" totalcomments="94"><shreddit-comment author="${rdMod.a}" thingid="t1_jmod" depth="0"
is-stickied="" distinguished="moderator"><div slot="commentMeta" class="flex flex-row items-center"><a href="/user/${rdMod.a}/" class="font-bold">${rdMod.a}</a>
<span class="text-category-mod-badge font-bold">MOD</span><span>•</span><faceplate-timeago ts="2023-06-15T11:02:00.000Z"><time>${rdMod.t}</time>
</faceplate-timeago><span>•</span><span class="text-global-moderator">Stickied comment</span></div><div slot="comment" id="t1_jmod-comment-rtjson-content"
class="md text-14">${rdMod.ps.map((p) => `<p>${p}</p>`).join('')}</div>${rdActions('1', 't1_jmod')}</shreddit-comment>
${rdComments.map(rdComment).join('\n')}
<faceplate-partial loading="action"><button class="more-replies">28 more replies</button></faceplate-partial></shreddit-comment-tree></div></main>
<aside id="right-sidebar-container" class="right-sidebar"><shreddit-subreddit-header><h2 class="font-bold">r/FixItDIY</h2><p class="text-14">${rdAbout}</p>
<div class="flex"><faceplate-number number="412000">412K</faceplate-number><span>Members</span><faceplate-number number="389">389</faceplate-number>
<span>Online</span></div></shreddit-subreddit-header><div class="rules-widget"><h2>Rules</h2><ol>${rdRules
  .map(
    (t, i) => `<li><span>${i + 1}</span>
<span>${t}</span></li>`,
  )
  .join('')}</ol></div><div class="moderators-widget"><h2>Moderators</h2><a class="button-secondary" href="/message/compose?to=r/FixItDIY">Message
Mods</a><ul><li><a href="/user/u_fixit_admin/">u/fixit_admin</a></li><li><a href="/user/u_beamsplitter/">u/beamsplitter</a></li></ul>
<a href="/r/FixItDIY/about/moderators/">View all moderators</a></div><footer
class="legal-links"><ul>${rdFoot.map((t) => `<li>${t}</li>`).join('')}</ul></footer></aside>
<shreddit-async-loader bundlename="cookie_banner"><div class="cookie-banner" role="dialog"><p>${rdCookie}</p><button class="button-primary">Accept All</button>
<button class="button-secondary">Reject Optional Cookies</button></div></shreddit-async-loader></shreddit-app></body></html>`;
export const redditArchived: TestPage = {
  html: rdHtml,
  name: 'heldout85-reddit-thread-archived-locked',
  kind: 'forum',
  // thread convention: the post, the moderator's stickied note and every comment are body, quoted lines in neither list;
  // the archived and locked notices, "MOD", "Stickied comment", flair, counts and buttons are furniture
  title: rdTitle,
  headings: [],
  body: [...rdPost, ...rdMod.ps, ...rdComments.flatMap((c) => c.ps)],
  bylines: ['quietgrain', '2y ago', rdMod.a, ...rdComments.map((c) => c.a)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Reddit Logo', 'Search in r/FixItDIY', 'Get App', 'Log In', 'Expand user menu', ...rdLeft, 'RESOURCES', ...rdRes, 'r/FixItDIY',
    'Flooring', rdArchived, rdLocked, '318', 'Go to comments', '94', 'Share', 'Comments Section', 'Sort by:', 'Best', 'MOD', 'Stickied comment', 'Reply', '1',
    ...rdComments.map((c) => c.v), '28 more replies', rdAbout, '412K', 'Members', '389', 'Online', 'Rules', ...rdRules, 'Moderators', 'Message Mods',
    'u/fixit_admin', 'u/beamsplitter', 'View all moderators', ...rdFoot, rdCookie, 'Accept All', 'Reject Optional Cookies',
  ],
};
