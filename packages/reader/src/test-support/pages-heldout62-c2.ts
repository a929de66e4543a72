import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 62, file c2: a new-Reddit (shreddit) post with its comments, saved logged out in 2025 (JSON-LD, the
 * reddit-header-large bar with search, "Get App" and "Log In", the left nav with its resources list, the shreddit-post
 * element with its credit bar, flair, title and text body, declarative shadow-DOM templates holding the vote and share row,
 * the comments-page tools, shreddit-comment elements with meta slots, "OP" and "Edited" marks, action rows, "more replies",
 * the community rail with stats and rules, the login modal text and the cookie banner).
 */
const rdTitle = 'Three months of flat loaves after the cold retard, and what finally fixed it';
const rdPost = [
  'Since November every loaf I baked came out of the fridge looking great and then spread into a pancake the moment it was ' +
    'turned out of the banneton. I kept notes on 31 bakes, so here is what I changed and what actually made the difference, ' +
    'in case it saves someone else a winter of frisbees.',
  '<strong>What did not help:</strong> a stiffer dough (68% instead of 75% hydration), a longer bulk, a colder fridge, and a new ' +
    'banneton. Each of these changed something, but the loaves still spread.',
  '<strong>What did help</strong> was checking the temperature of the dough itself. My kitchen drops to 16°C at night in winter, ' +
    'so my bulk was running far slower than the times in my recipe assumed. The dough went into the fridge under-fermented, ' +
    'and no amount of shaping could fix that.',
  'Now I keep the dough in the oven with just the light on (about 25°C), go by a 50% rise in a straight-sided container ' +
    'instead of the clock, and the last eight loaves have all held their shape.',
];
const rdC1 =
  'Going by the rise instead of the clock is the single best piece of advice for anyone baking in a cold kitchen. Recipes are ' +
  'written for a warm room and nobody reads that part.';
const rdC11 = 'Exactly. My recipe says four to five hours of bulk. In my kitchen in January it needed closer to nine.';
const rdC2 =
  'One thing to add: the aliquot jar trick. Put a small piece of the dough in a shot glass with a rubber band at the starting ' +
  'level, and you can see the rise much more clearly than in a big bowl.';
const rdC3 =
  'Good write-up. I had the opposite problem in summer, with loaves over-proofed by the time they came out of the fridge. Same ' +
  'fix really: watch the dough, not the clock, and adjust the time to the temperature of your kitchen.';
const rdNav = ['Home', 'Popular', 'Explore', 'All'];
const rdRes = ['About Reddit', 'Advertise', 'Help', 'Blog', 'Careers', 'Press', 'Communities', 'Best of Reddit', 'Topics'];
const rdLegal = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. © 2025. All rights reserved.'];
const rdRules = ['Be kind to bakers of every level', 'Include your recipe and process with photos', 'No self-promotion or selling', 'Search before asking'];

type RdComment = { id: string; author: string; depth: number; score: number; time: string; text: string; op?: boolean; edited?: string; kids?: string };
const actionRow = (score: number): string => `<shreddit-comment-action-row slot="actionRow" score="${score}"><template shadowrootmode="open">
<div class="flex flex-row items-center"><span class="flex items-center"><button upvote class="button-plain-weak" aria-label="Upvote"></button>
<span><faceplate-number pretty number="${score}">${score}</faceplate-number></span><button downvote class="button-plain-weak"
 aria-label="Downvote"></button></span>
<button class="button-plain-weak" aria-label="Reply"><span class="flex items-center">Reply</span></button>
<button class="button-plain-weak" aria-label="Give award"><span class="flex items-center">Award</span></button>
<button class="button-plain-weak" aria-label="Share"><span class="flex items-center">Share</span></button></div></template></shreddit-comment-action-row>`;
const comment = (
  c: RdComment,
): string => `<shreddit-comment author="${c.author}" thingid="t1_${c.id}" depth="${c.depth}" permalink="/r/Sourdough/comments/1inq0xw/comment/${c.id}/"
 postid="t3_1inq0xw" score="${c.score}" aria-label="Comment by ${c.author}" role="article">
<div slot="commentAvatar" class="flex items-center justify-center"><faceplate-img class="rounded-full"
 src="https://www.redditstatic.com/avatars/defaults/v2/avatar_default_3.png"
 alt="u/${c.author} avatar"></faceplate-img></div>
<div slot="commentMeta" class="flex flex-row items-center overflow-hidden whitespace-nowrap"><faceplate-hovercard position="above"><a href="/user/${c.author}/"
 class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${c.author}</a></faceplate-hovercard>
${c.op === true ? '<span class="text-12 font-bold text-global-admin">OP</span>' : ''}<span class="inline-block my-0 created-separator
 text-neutral-content-weak">•</span>
<a href="/r/Sourdough/comments/1inq0xw/comment/${c.id}/"><faceplate-timeago ts="2025-02-11T20:17:04.000000+0000" format="short"><time
 datetime="2025-02-11T20:17:04.000Z"
 title="Tuesday, February 11, 2025 at 8:17:04 PM GMT">${c.time}</time></faceplate-timeago></a>${
   c.edited === undefined
     ? ''
     : `<span class="inline-block my-0 created-separator">•</span>
<span class="text-neutral-content-weak">${c.edited}</span>`
 }</div>
<div slot="comment" class="md text-14 rounded-[8px] pb-2xs overflow-hidden" id="t1_${c.id}-comment-rtjson-content"><div id="-post-rtjson-content" class="md">
<p>${c.text}</p></div></div>
${actionRow(c.score)}
${c.kids ?? ''}</shreddit-comment>`;
const rdComments = [
  comment({
    id: 'mbx1c7e',
    author: 'levain_larry',
    depth: 0,
    score: 241,
    time: '9mo ago',
    text: rdC1,
    kids: comment({ id: 'mbx4k0p', author: 'crumb_theory', depth: 1, score: 88, time: '9mo ago', text: rdC11, op: true }),
  }),
  comment({ id: 'mbx2q9d', author: 'Hydration_Station', depth: 0, score: 97, time: '9mo ago', text: rdC2 }),
  comment({ id: 'mbxa70s', author: 'ovenspring_oslo', depth: 0, score: 58, time: '9mo ago', text: rdC3, edited: 'Edited 9mo ago' }),
].join('\n');

const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta" style="--color-tone-1: #1c1c1c;"><head><meta charset="UTF-8">
<title>${rdTitle} : r/Sourdough</title><meta name="description" content="Since November every loaf I baked came out of the fridge looking great">
<meta property="og:title" content="r/Sourdough on Reddit: ${rdTitle}"><link rel="canonical"
 href="https://www.reddit.com/r/Sourdough/comments/1inq0xw/three_months_of_flat_loaves/">
<script type="application/ld+json" nonce="">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}",
"author":{"@type":"Person","name":"crumb_theory","url":"https://www.reddit.com/user/crumb_theory/"},"datePublished":"2025-02-11T18:40:12.911000+0000",
"commentCount":46,
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":1284}]}</script>
<style>:root{--shreddit-header-large-height:56px}</style></head>
<body class="v2 m-0 p-0 bg-neutral-background"><shreddit-app pagetype="post_detail" devicetype="desktop" routename="post_page" env="production" locale="en-US"
 theme="light">
<a href="#main-content" class="skip-to-content-link">Skip to main content</a>
<reddit-header-large class="sticky top-0 z-[3]"><header class="v2 flex items-center px-md h-header-large bg-neutral-background">
<a href="/" aria-label="Home" id="reddit-logo"><faceplate-img src="/static/reddit-logo.svg" alt=""></faceplate-img></a>
<reddit-search-large><faceplate-search-input placeholder="Search in r/Sourdough" name="q"><span class="text-14">Search in
 r/Sourdough</span></faceplate-search-input>
</reddit-search-large><span class="flex items-center"><a href="https://reddit.app.link/" class="button button-bordered">Get App</a>
<a id="login-button" href="/login/" class="button button-primary">Log In</a><button aria-label="Expand user menu" class="button-plain"></button></span></header>
</reddit-header-large>
<flex-left-nav-container id="left-sidebar-container"><reddit-sidebar-nav><nav aria-label="Primary"><ul>${links(rdNav, 'flex')}</ul>
<faceplate-expandable-section-helper><summary aria-controls="RESOURCES"><span class="uppercase text-12">Resources</span></summary>
<ul id="RESOURCES">${links(rdRes)}</ul></faceplate-expandable-section-helper>
<ul class="legal-links">${links(rdLegal)}</ul></nav></reddit-sidebar-nav></flex-left-nav-container>
<div class="subgrid-container m-0 box-border flex flex-col"><div class="main-container flex gap-md w-full xs:pl-md"><main class="main w-full flex-grow min-w-0"
 id="main-content">
<shreddit-post id="t3_1inq0xw" post-title="${rdTitle}" author="crumb_theory" score="1284" comment-count="46" subreddit-prefixed-name="r/Sourdough"
 created-timestamp="2025-02-11T18:40:12.911000+0000" post-type="text" permalink="/r/Sourdough/comments/1inq0xw/three_months_of_flat_loaves/"
 class="block xs:mt-xs xs:-mx-xs xs:px-xs xs:rounded-[16px] pt-xs nd:pt-xs bg-neutral-background">
<template shadowrootmode="open"><div class="flex gap-sm flex-row items-center flex-wrap"><span class="flex items-center"><button upvote
 aria-label="Upvote"></button>
<span><faceplate-number pretty number="1284">1.3K</faceplate-number></span><button downvote aria-label="Downvote"></button></span>
<a href="#comments" class="button border-md"><span class="flex items-center"><faceplate-number pretty number="46">46</faceplate-number></span></a>
<button aria-label="Give award" class="button border-md"><span>Award</span></button><button aria-label="Share" class="button
 border-md"><span>Share</span></button>
</div><slot name="credit-bar"></slot><slot name="title"></slot><slot name="post-flair"></slot><slot name="text-body"></slot></template>
<div slot="credit-bar" class="flex justify-between text-12 pt-xs pb-2xs"><span class="flex items-center gap-xs"><a href="/r/Sourdough/"
 class="subreddit-name text-neutral-content font-bold">r/Sourdough</a><span class="created-separator">•</span><faceplate-timeago ts="2025-02-11T18:40:12.911Z"
 format="short"><time datetime="2025-02-11T18:40:12.911Z">9 mo. ago</time></faceplate-timeago></span>
<span class="author-name-meta"><faceplate-tracker noun="user_profile"><a href="/user/crumb_theory/" class="author-name whitespace-nowrap">crumb_theory</a>
</faceplate-tracker></span></div>
<h1 slot="title" id="post-title-t3_1inq0xw" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0
 xs:mb-md">${rdTitle}</h1>
<shreddit-post-flair slot="post-flair" class="flex my-xs mx-md xs:mx-0"><a href="/r/Sourdough/?f=flair_name%3A%22Let%27s%20talk%20science%22"><flair-tag
 class="bg-tone-5"><span class="flair-content">Let's talk science</span></flair-tag></a></shreddit-post-flair>
<div slot="text-body" class="mb-sm mb-xs px-md xs:px-0 overflow-hidden"><div class="md text-14 max-w-[70ch]" id="t3_1inq0xw-post-rtjson-content"
 property="schema:articleBody">
${rdPost.map((t) => `<p>${t}</p>`).join('\n')}
</div></div></shreddit-post>
<div id="comments" class="pt-sm"><shreddit-comments-page-tools><div class="flex items-center gap-xs"><span class="text-12 text-secondary-weak">Sort by:</span>
<shreddit-sort-dropdown><button class="button button-plain"><span>Best</span></button></shreddit-sort-dropdown><faceplate-search-input name="q"
 placeholder="Search Comments">
<span>Search Comments</span></faceplate-search-input></div></shreddit-comments-page-tools>
<shreddit-comment-tree id="comment-tree" post-id="t3_1inq0xw" totalcomments="46" sort="confidence">
${rdComments}
<faceplate-partial loading="action" src="/svc/shreddit/more-comments/Sourdough/t3_1inq0xw"><button class="text-secondary-weak font-normal button-plain">
<span>42 more replies</span></button></faceplate-partial>
</shreddit-comment-tree></div></main>
<aside id="right-sidebar-container" class="right-sidebar"><shreddit-subreddit-header prefixed-name="r/Sourdough">
<div class="px-md py-sm"><h2 class="m-0 text-16 font-bold">r/Sourdough</h2><p class="text-14">A community for bakers of naturally leavened bread: starters,
 recipes,
 troubleshooting and crumb shots.</p><div class="flex gap-xs text-12"><span>Public</span><span>Created Mar 2, 2012</span></div>
<div class="flex gap-md"><div><faceplate-number number="1204333">1.2M</faceplate-number> <span>Members</span></div>
<div><faceplate-number number="412">412</faceplate-number> <span>Online</span></div></div><button class="button button-primary">Join</button></div>
<div class="px-md py-sm"><h2 class="text-12 uppercase">r/Sourdough Rules</h2><ol>${rdRules
  .map(
    (r) => `<li><faceplate-expandable-section-helper>
<summary>${r}</summary></faceplate-expandable-section-helper></li>`,
  )
  .join('')}</ol></div></shreddit-subreddit-header></aside></div></div>
<auth-flow-modal id="login-modal" hidden><h1>Log In</h1><p>By continuing, you agree to our User Agreement and acknowledge that you understand the Privacy
 Policy.</p>
<button>Continue with Google</button><button>Continue With Phone Number</button></auth-flow-modal>
<shreddit-async-loader bundlename="cookie_banner"><div id="data-protection-consent-dialog" role="dialog"><p>Reddit and its partners use cookies and similar
 technologies
 to provide you with a better experience.</p><button>Accept All</button><button>Reject Optional Cookies</button></div></shreddit-async-loader>
</shreddit-app>
<script src="https://www.redditstatic.com/shreddit/en-US/shell-4f6e1c2a.js" type="module"></script></body></html>`;
export const redditComments: TestPage = {
  html: rdHtml,
  name: 'heldout62-reddit-comments',
  kind: 'forum',
  // the post and every comment are body (the OP's reply too; the two bold lead-ins stay in their paragraphs); the usernames,
  // the post's and comments' relative times and the "Edited 9mo ago" mark are bylines; the subreddit name, flair, scores, comment
  // count, "OP", action rows (Upvote, Reply, Award, Share), "Sort by: Best", "Search Comments", "42 more replies", header, left
  // nav, community rail, rules, login modal and cookie banner are furniture; the score numbers are left out, and so are the nav's
  // "All", the resources' "Help" and the sort's "Best", words of the body
  title: rdTitle,
  headings: [],
  body: [...texts(rdPost), rdC1, rdC11, rdC2, rdC3],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: ['crumb_theory', '9 mo. ago', 'levain_larry', '9mo ago', 'Hydration_Station', 'ovenspring_oslo', 'Edited 9mo ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search in r/Sourdough', 'Get App', 'Log In', ...rdNav.filter((t) => t !== 'All'),
    'Resources', ...rdRes.filter((t) => t !== 'Help'), ...rdLegal, 'Award', 'Share', 'r/Sourdough',
    "Let's talk science", 'Sort by:', 'Search Comments', 'OP', 'Reply', '42 more replies',
    'A community for bakers of naturally leavened bread: starters, recipes, troubleshooting and crumb shots.', 'Public', 'Created Mar 2, 2012', 'Members',
    'Online', 'Join', 'r/Sourdough Rules', ...rdRules,
    'By continuing, you agree to our User Agreement and acknowledge that you understand the Privacy Policy.', 'Continue with Google',
    'Continue With Phone Number', 'Reddit and its partners use cookies and similar technologies to provide you with a better experience.', 'Accept All',
    'Reject Optional Cookies',
  ],
};
